package org.myofuse.fusion.dsp;

/**
 * Median frequency of one EMG channel per window (default 1 s, non-overlapping): the frequency that
 * splits the power spectrum of the Hann-windowed, zero-padded window into two halves of equal power.
 * A falling median frequency at constant effort is the classic sign of muscle fatigue.
 * Allocation-free after construction. Not thread-safe.
 */
public final class MedianFrequency {

    private final double sampleRateHz;
    private final int window;
    private final Fft fft;
    private final double[] taper;
    private final double[] re;
    private final double[] im;
    private final double[] buffer;
    private int filled;
    private double last = Double.NaN;

    public MedianFrequency(double sampleRateHz, double windowSeconds) {
        this.sampleRateHz = sampleRateHz;
        this.window = Math.max(4, (int) Math.round(windowSeconds * sampleRateHz));
        this.fft = new Fft(Fft.sizeFor(window));
        this.taper = new double[window];
        for (int i = 0; i < window; i++) {
            taper[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (window - 1));
        }
        this.re = new double[fft.size()];
        this.im = new double[fft.size()];
        this.buffer = new double[window];
    }

    /** Samples per window. */
    public int windowSamples() {
        return window;
    }

    /** Adds one sample; returns true when it completed a window, whose result is then {@link #last()}. */
    public boolean step(double x) {
        buffer[filled++] = x;
        if (filled < window) {
            return false;
        }
        filled = 0;
        last = compute();
        return true;
    }

    /** Median frequency of the last complete window, Hz; NaN before the first or for a silent window. */
    public double last() {
        return last;
    }

    /** Drops a partly filled window (after a gap a window must not straddle missing data). */
    public void restart() {
        filled = 0;
    }

    private double compute() {
        double mean = 0;
        for (int i = 0; i < window; i++) {
            mean += buffer[i];
        }
        mean /= window;
        for (int i = 0; i < re.length; i++) {
            re[i] = i < window ? (buffer[i] - mean) * taper[i] : 0;
            im[i] = 0;
        }
        fft.transform(re, im);
        int bins = re.length / 2;
        double total = 0;
        for (int i = 1; i <= bins; i++) {
            re[i] = re[i] * re[i] + im[i] * im[i];
            total += re[i];
        }
        if (!(total > 0)) {
            return Double.NaN;
        }
        double half = total / 2;
        double cumulative = 0;
        for (int i = 1; i <= bins; i++) {
            double next = cumulative + re[i];
            if (next >= half) {
                // linear interpolation inside the bin that crosses the half-power point
                double share = (half - cumulative) / re[i];
                return (i - 0.5 + share) * sampleRateHz / re.length;
            }
            cumulative = next;
        }
        return sampleRateHz / 2;
    }
}
