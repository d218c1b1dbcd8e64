package org.myofuse.fusion.dsp;

/**
 * One second-order IIR section, normalised so that {@code a0 = 1}:
 * {@code y[n] = b0 x[n] + b1 x[n-1] + b2 x[n-2] - a1 y[n-1] - a2 y[n-2]}.
 * Designs follow the bilinear transform with the corner pre-warped (the audio EQ cookbook forms), so a
 * cascade of sections with {@link #butterworthQ} gives an exact digital Butterworth response.
 */
public record BiquadCoefficients(double b0, double b1, double b2, double a1, double a2) {

    /** Second-order low-pass with quality {@code q}. */
    public static BiquadCoefficients lowPass(double cornerHz, double sampleRateHz, double q) {
        double w = omega(cornerHz, sampleRateHz);
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * q);
        double a0 = 1 + alpha;
        double b = (1 - cos) / 2;
        return new BiquadCoefficients(b / a0, 2 * b / a0, b / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    /** Second-order high-pass with quality {@code q}. */
    public static BiquadCoefficients highPass(double cornerHz, double sampleRateHz, double q) {
        double w = omega(cornerHz, sampleRateHz);
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * q);
        double a0 = 1 + alpha;
        double b = (1 + cos) / 2;
        return new BiquadCoefficients(b / a0, -2 * b / a0, b / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    /** Notch (band-stop) at {@code centreHz} with a -3 dB width of {@code bandwidthHz}. */
    public static BiquadCoefficients notch(double centreHz, double bandwidthHz, double sampleRateHz) {
        double w = omega(centreHz, sampleRateHz);
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * (centreHz / bandwidthHz));
        double a0 = 1 + alpha;
        return new BiquadCoefficients(1 / a0, -2 * cos / a0, 1 / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    /**
     * Quality of section {@code k} (0-based) of an even-order Butterworth cascade: the pole pairs sit
     * at angles {@code pi (2k + 1) / (2 order)} from the imaginary axis.
     */
    public static double butterworthQ(int order, int k) {
        if (order < 2 || order % 2 != 0 || k < 0 || k >= order / 2) {
            throw new IllegalArgumentException("Butterworth section " + k + " of order " + order
                    + ": order must be even and at least 2, section below order/2");
        }
        return 1 / (2 * Math.cos(Math.PI * (2 * k + 1) / (2.0 * order)));
    }

    /** Magnitude of the frequency response at {@code hz}. */
    public double gainAt(double hz, double sampleRateHz) {
        double w = 2 * Math.PI * hz / sampleRateHz;
        double c1 = Math.cos(w);
        double s1 = Math.sin(w);
        double c2 = Math.cos(2 * w);
        double s2 = Math.sin(2 * w);
        double nr = b0 + b1 * c1 + b2 * c2;
        double ni = -(b1 * s1 + b2 * s2);
        double dr = 1 + a1 * c1 + a2 * c2;
        double di = -(a1 * s1 + a2 * s2);
        return Math.sqrt((nr * nr + ni * ni) / (dr * dr + di * di));
    }

    private static double omega(double hz, double sampleRateHz) {
        if (!(hz > 0) || !(hz < sampleRateHz / 2)) {
            throw new IllegalArgumentException("filter frequency " + hz + " Hz must lie between 0 and the Nyquist frequency "
                    + sampleRateHz / 2 + " Hz");
        }
        return 2 * Math.PI * hz / sampleRateHz;
    }
}
