package org.myofuse.fusion.dsp;

import java.util.ArrayList;
import java.util.List;

/**
 * The EMG filter chain as it can actually run at one sampling rate: the requested band-pass corners,
 * the upper corner clipped below Nyquist when the rate is too low (a 250 Hz amplifier cannot carry
 * 450 Hz; the summary must say so), and the mains notches that fit below Nyquist.
 *
 * @param sampleRateHz      the channel's rate
 * @param lowHz             high-pass corner actually used
 * @param highHz            low-pass corner actually used
 * @param requestedHighHz   low-pass corner asked for
 * @param highClipped       true when {@code highHz < requestedHighHz} because of Nyquist
 * @param bandOrder         Butterworth order of each of the high-pass and low-pass halves (even)
 * @param notchHz           notch centres: the mains frequency and its harmonics inside the pass band
 * @param notchBandwidthHz  -3 dB width of each notch
 */
public record EmgFilterPlan(double sampleRateHz, double lowHz, double highHz, double requestedHighHz,
        boolean highClipped, int bandOrder, List<Double> notchHz, double notchBandwidthHz) {

    /** Highest usable corner as a share of the Nyquist frequency: the bilinear warp is steep above this. */
    public static final double MAX_CORNER_OF_NYQUIST = 0.9;

    public EmgFilterPlan {
        notchHz = List.copyOf(notchHz);
    }

    /**
     * Plans the chain.
     *
     * @param mainsHz   50 or 60
     * @param harmonics number of notches: the mains frequency and its harmonics (1 = fundamental only)
     */
    public static EmgFilterPlan of(double sampleRateHz, double lowHz, double highHz, int bandOrder, int mainsHz,
            int harmonics, double notchBandwidthHz) {
        double nyquist = sampleRateHz / 2;
        double ceiling = MAX_CORNER_OF_NYQUIST * nyquist;
        if (!(lowHz > 0) || lowHz >= ceiling) {
            throw new IllegalArgumentException("EMG band-pass low corner " + lowHz + " Hz must be above 0 and below "
                    + ceiling + " Hz at " + sampleRateHz + " Hz sampling");
        }
        if (!(highHz > lowHz)) {
            throw new IllegalArgumentException("EMG band-pass high corner " + highHz + " Hz must exceed the low corner "
                    + lowHz + " Hz");
        }
        if (mainsHz != 50 && mainsHz != 60) {
            throw new IllegalArgumentException("mains frequency " + mainsHz + " Hz must be 50 or 60");
        }
        double used = Math.min(highHz, ceiling);
        List<Double> notches = new ArrayList<>();
        for (int h = 1; h <= harmonics; h++) {
            double f = (double) h * mainsHz;
            // harmonics above the pass band are already taken out by the low-pass
            if (f + notchBandwidthHz < used) {
                notches.add(f);
            }
        }
        BiquadCoefficients.butterworthQ(bandOrder, 0);
        return new EmgFilterPlan(sampleRateHz, lowHz, used, highHz, used < highHz, bandOrder, notches,
                notchBandwidthHz);
    }

    /** The sections in processing order: high-pass, low-pass, notches. */
    public List<BiquadCoefficients> sections() {
        List<BiquadCoefficients> s = new ArrayList<>();
        for (int k = 0; k < bandOrder / 2; k++) {
            s.add(BiquadCoefficients.highPass(lowHz, sampleRateHz, BiquadCoefficients.butterworthQ(bandOrder, k)));
        }
        for (int k = 0; k < bandOrder / 2; k++) {
            s.add(BiquadCoefficients.lowPass(highHz, sampleRateHz, BiquadCoefficients.butterworthQ(bandOrder, k)));
        }
        for (double f : notchHz) {
            s.add(BiquadCoefficients.notch(f, notchBandwidthHz, sampleRateHz));
        }
        return s;
    }

    /** One line for the summary, e.g. "band-pass 20-450 Hz (4th order Butterworth), notch 50/100/150 Hz (2 Hz wide)". */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(java.util.Locale.ROOT, "band-pass %.1f-%.1f Hz (order %d Butterworth each side)",
                lowHz, highHz, bandOrder));
        if (highClipped) {
            b.append(String.format(java.util.Locale.ROOT, ", upper corner clipped from %.1f Hz below Nyquist %.1f Hz",
                    requestedHighHz, sampleRateHz / 2));
        }
        b.append(", notch ");
        if (notchHz.isEmpty()) {
            b.append("none");
        }
        for (int i = 0; i < notchHz.size(); i++) {
            b.append(i == 0 ? "" : "/").append(String.format(java.util.Locale.ROOT, "%.0f", notchHz.get(i)));
        }
        b.append(String.format(java.util.Locale.ROOT, " Hz (%.1f Hz wide)", notchBandwidthHz));
        return b.toString();
    }
}
