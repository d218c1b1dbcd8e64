package org.myofuse.fusion.dsp;

/** Full-wave rectification: the magnitude of the band-passed EMG, the input of linear envelopes and onset detection. */
public final class FullWaveRectifier {

    private FullWaveRectifier() {
    }

    public static double rectify(double x) {
        return Math.abs(x);
    }

    /** Rectifies {@code n} values in place. */
    public static void rectify(double[] values, int n) {
        for (int i = 0; i < n; i++) {
            values[i] = Math.abs(values[i]);
        }
    }
}
