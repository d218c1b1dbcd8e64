package org.myofuse.fusion.mat;

import org.myofuse.api.device.GridLayout;

/**
 * Per-frame measures of a pressure mat: total load, centre of pressure, contact area, peak pressure,
 * left/right and anterior/posterior load shares, and sway over a sliding window. Cell positions come
 * from the stream's {@link GridLayout}: x (medio-lateral, + patient's right) grows with the column,
 * y (antero-posterior, + anterior) falls with the row, both in mm from the mat centre, so the pitch of
 * each mat (a standing platform is much finer than a table mat) is respected.
 *
 * <p>Allocation-free per frame. Not thread-safe.
 */
public final class MatProcessor {

    private final GridLayout grid;
    private final double[] cellX;
    private final double[] cellY;
    private final double cellAreaM2;
    private final double contactKpa;
    private final SwayWindow sway;
    private double loadN;
    private double copX = Double.NaN;
    private double copY = Double.NaN;
    private double contactAreaCm2;
    private double peakKpa;
    private double rightShare = Double.NaN;
    private double anteriorShare = Double.NaN;

    /**
     * @param contactKpa          a cell counts as in contact above this pressure, kPa
     * @param swayWindowSeconds   length of the sliding sway window, s
     */
    public MatProcessor(GridLayout grid, double sampleRateHz, double contactKpa, double swayWindowSeconds) {
        this.grid = grid;
        this.cellX = new double[grid.columns()];
        this.cellY = new double[grid.rows()];
        for (int c = 0; c < grid.columns(); c++) {
            cellX[c] = (c - (grid.columns() - 1) / 2.0) * grid.columnPitchMm();
        }
        for (int r = 0; r < grid.rows(); r++) {
            cellY[r] = ((grid.rows() - 1) / 2.0 - r) * grid.rowPitchMm();
        }
        this.cellAreaM2 = grid.rowPitchMm() * grid.columnPitchMm() * 1e-6;
        this.contactKpa = contactKpa;
        this.sway = new SwayWindow(swayWindowSeconds, sampleRateHz);
    }

    /** Processes one frame of cell pressures (kPa, row-major) starting at {@code offset}. */
    public void step(float[] kpa, int offset) {
        int columns = grid.columns();
        double total = 0;
        double mx = 0;
        double my = 0;
        double right = 0;
        double anterior = 0;
        double peak = 0;
        int inContact = 0;
        for (int r = 0; r < grid.rows(); r++) {
            int row = offset + r * columns;
            double rowSum = 0;
            double rowMoment = 0;
            for (int c = 0; c < columns; c++) {
                double p = kpa[row + c];
                if (p <= 0) {
                    continue;
                }
                rowSum += p;
                rowMoment += p * cellX[c];
                if (cellX[c] > 0) {
                    right += p;
                } else if (cellX[c] == 0) {
                    right += p / 2;
                }
                peak = Math.max(peak, p);
                if (p > contactKpa) {
                    inContact++;
                }
            }
            total += rowSum;
            mx += rowMoment;
            my += rowSum * cellY[r];
            if (cellY[r] > 0) {
                anterior += rowSum;
            } else if (cellY[r] == 0) {
                anterior += rowSum / 2;
            }
        }
        // kPa times m^2 is kN
        loadN = total * 1000 * cellAreaM2;
        peakKpa = peak;
        contactAreaCm2 = inContact * cellAreaM2 * 1e4;
        if (total > 0) {
            copX = mx / total;
            copY = my / total;
            rightShare = right / total;
            anteriorShare = anterior / total;
        } else {
            copX = copY = rightShare = anteriorShare = Double.NaN;
        }
        sway.add(copX, copY);
    }

    /** After a gap: the sway window restarts. */
    public void gap() {
        sway.clear();
        copX = copY = Double.NaN;
    }

    public double loadN() {
        return loadN;
    }

    public double copXmm() {
        return copX;
    }

    public double copYmm() {
        return copY;
    }

    public double contactAreaCm2() {
        return contactAreaCm2;
    }

    public double peakKpa() {
        return peakKpa;
    }

    /** Share of the load on the patient's right half, 0..1 (the left share is the rest). */
    public double rightShare() {
        return rightShare;
    }

    /** Share of the load on the anterior half, 0..1. */
    public double anteriorShare() {
        return anteriorShare;
    }

    public SwayWindow sway() {
        return sway;
    }
}
