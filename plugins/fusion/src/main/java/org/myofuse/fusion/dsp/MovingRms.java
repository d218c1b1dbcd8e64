package org.myofuse.fusion.dsp;

import java.util.Arrays;

/**
 * Moving RMS over a fixed window of samples, for several channels at once, O(1) per sample: a ring of
 * squares and a running sum per channel. Subtracting old squares leaves rounding residue in the sum,
 * so the sum is recomputed exactly each time the ring wraps (once per window: still O(1) amortised,
 * and the error stays bounded over hours). Before the window has filled, the RMS is over the samples
 * seen so far. Allocation-free after construction. Not thread-safe.
 */
public final class MovingRms {

    private final int window;
    private final int channels;
    private final double[] squares;
    private final double[] sums;
    private int position;
    private int filled;

    public MovingRms(int windowSamples, int channels) {
        if (windowSamples < 1) {
            throw new IllegalArgumentException("RMS window must be at least one sample, was " + windowSamples);
        }
        this.window = windowSamples;
        this.channels = channels;
        this.squares = new double[windowSamples * channels];
        this.sums = new double[channels];
    }

    /** Window length in samples for {@code windowMs} at {@code sampleRateHz} (at least one). */
    public static int windowSamples(double windowMs, double sampleRateHz) {
        return Math.max(1, (int) Math.round(windowMs * sampleRateHz / 1000));
    }

    public int windowSamples() {
        return window;
    }

    /** Adds one frame ({@code values[0 .. channels-1]}) and writes the RMS of each channel into {@code rms}. */
    public void stepFrame(double[] values, double[] rms) {
        int base = position * channels;
        double[] sq = squares;
        double[] s = sums;
        int count = filled < window ? filled + 1 : window;
        double inverse = 1.0 / count;
        for (int c = 0; c < channels; c++) {
            double x = values[c];
            double x2 = x * x;
            double sum = s[c] + x2 - sq[base + c];
            sq[base + c] = x2;
            s[c] = sum;
            rms[c] = Math.sqrt(Math.max(0, sum * inverse));
        }
        filled = count;
        if (++position == window) {
            position = 0;
            resum();
        }
    }

    /** Single-channel convenience: adds {@code x} to channel 0 of a one-channel instance and returns its RMS. */
    public double step(double x) {
        int at = position;
        double x2 = x * x;
        double sum = sums[0] + x2 - squares[at];
        squares[at] = x2;
        sums[0] = sum;
        filled = filled < window ? filled + 1 : window;
        if (++position == window) {
            position = 0;
            resum();
        }
        return Math.sqrt(Math.max(0, sum / filled));
    }

    public void reset() {
        Arrays.fill(squares, 0);
        Arrays.fill(sums, 0);
        position = 0;
        filled = 0;
    }

    private void resum() {
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (int i = c; i < squares.length; i += channels) {
                sum += squares[i];
            }
            sums[c] = sum;
        }
    }
}
