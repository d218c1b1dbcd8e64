package org.myofuse.fusion.mat;

import org.myofuse.api.device.GridLayout;

/**
 * Session-long measures of a pressure mat, kept only when a session analysis runs the engine (the
 * live engine has none: summing every cell of every frame would double the mat's per-frame work):
 * mean pressure per cell, mean load and load shares, and whole-session sway.
 *
 * <p>Allocation-free per frame. Not thread-safe.
 */
public final class MatSession {

    private final GridLayout grid;
    private final double[] cellSums;
    private final SessionSway sway;
    private long frames;
    private double loadSum;
    private long loaded;
    private double rightSum;
    private double anteriorSum;

    public MatSession(GridLayout grid, double sampleRateHz) {
        this.grid = grid;
        this.cellSums = new double[grid.cells()];
        this.sway = new SessionSway(sampleRateHz);
    }

    /** Adds the frame {@code mat} has just processed, whose cells are at {@code kpa[offset..]}. */
    public void add(float[] kpa, int offset, MatProcessor mat) {
        for (int i = 0; i < cellSums.length; i++) {
            cellSums[i] += kpa[offset + i];
        }
        frames++;
        loadSum += mat.loadN();
        if (!Double.isNaN(mat.rightShare())) {
            loaded++;
            rightSum += mat.rightShare();
            anteriorSum += mat.anteriorShare();
        }
        sway.add(mat.copXmm(), mat.copYmm());
    }

    /** After a gap the path breaks. */
    public void gap() {
        sway.add(Double.NaN, Double.NaN);
    }

    public GridLayout grid() {
        return grid;
    }

    /** Mat frames added. */
    public long frames() {
        return frames;
    }

    public double meanLoadN() {
        return frames == 0 ? Double.NaN : loadSum / frames;
    }

    /** Mean share of the load on the right half over frames with load, 0..1; NaN without any. */
    public double meanRightShare() {
        return loaded == 0 ? Double.NaN : rightSum / loaded;
    }

    public double meanAnteriorShare() {
        return loaded == 0 ? Double.NaN : anteriorSum / loaded;
    }

    /** Mean pressure of each cell, row-major, kPa. */
    public float[] meanKpa() {
        float[] mean = new float[cellSums.length];
        for (int i = 0; i < mean.length; i++) {
            mean[i] = frames == 0 ? Float.NaN : (float) (cellSums[i] / frames);
        }
        return mean;
    }

    public SessionSway sway() {
        return sway;
    }
}
