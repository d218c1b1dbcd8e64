package org.myofuse.fusion;

/**
 * Session-long EMG statistics of one stream, kept only when a session analysis runs the engine (the
 * live engine has none, so its per-sample path is unchanged): the sum of squares of the band-passed
 * signal per channel (for the session RMS) and every completed median-frequency window.
 * Called from the engine's thread only. Not thread-safe.
 */
final class EmgSessionStats {

    private final int channels;
    private final double[] sumSquares;
    private long frames;
    private final DoubleSeries[] windowTimeS;
    private final DoubleSeries[] windowHz;

    EmgSessionStats(int channels) {
        this.channels = channels;
        this.sumSquares = new double[channels];
        this.windowTimeS = new DoubleSeries[channels];
        this.windowHz = new DoubleSeries[channels];
        for (int c = 0; c < channels; c++) {
            windowTimeS[c] = new DoubleSeries(64);
            windowHz[c] = new DoubleSeries(64);
        }
    }

    /** Adds {@code frames} frames of the band-passed signal (frame-major). */
    void addSquares(double[] filtered, int frames) {
        for (int f = 0; f < frames; f++) {
            int base = f * channels;
            for (int c = 0; c < channels; c++) {
                double x = filtered[base + c];
                sumSquares[c] += x * x;
            }
        }
        this.frames += frames;
    }

    /** A median-frequency window of channel {@code c} completed at {@code timeNanos}. */
    void medianWindow(int c, long timeNanos, double hz) {
        if (!Double.isNaN(hz)) {
            windowTimeS[c].add(timeNanos / 1e9);
            windowHz[c].add(hz);
        }
    }

    /** RMS of the band-passed signal over the session, in the stream's unit (uV); NaN before any sample. */
    double rms(int c) {
        return frames == 0 ? Double.NaN : Math.sqrt(sumSquares[c] / frames);
    }

    int windows(int c) {
        return windowHz[c].size();
    }

    /** Mean of the windows' median frequencies, Hz; NaN without a window. */
    double meanMedianHz(int c) {
        int n = windowHz[c].size();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += windowHz[c].get(i);
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Least-squares slope of the window median frequencies over time, Hz per minute; NaN under two windows. */
    double medianSlopeHzPerMin(int c) {
        int n = windowHz[c].size();
        if (n < 2) {
            return Double.NaN;
        }
        double mt = 0;
        double mf = 0;
        for (int i = 0; i < n; i++) {
            mt += windowTimeS[c].get(i);
            mf += windowHz[c].get(i);
        }
        mt /= n;
        mf /= n;
        double stt = 0;
        double stf = 0;
        for (int i = 0; i < n; i++) {
            double dt = windowTimeS[c].get(i) - mt;
            stt += dt * dt;
            stf += dt * (windowHz[c].get(i) - mf);
        }
        return stt > 0 ? 60 * stf / stt : Double.NaN;
    }
}
