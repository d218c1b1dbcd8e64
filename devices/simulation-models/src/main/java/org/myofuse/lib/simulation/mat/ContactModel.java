package org.myofuse.lib.simulation.mat;

import org.myofuse.api.device.GridLayout;

/**
 * Where the body touches the mat, as four load groups whose shares can be moved to place the centre
 * of pressure: anterior-left, anterior-right, posterior-left, posterior-right ("anterior" is towards
 * row 0: the toes when standing, the head when supine). Each group is a few contact areas
 * (raised-cosine ellipses: heel, forefoot, toes; or head, scapulae, buttocks, heels ...), sampled at
 * the cell centres and normalised so that one newton on the group gives its pressure pattern.
 *
 * <p>The sampling points are the mat's cell centres continued beyond its edges: an area is
 * normalised over all its points, on the mat or not, so a mat that covers the body shows the whole
 * load and a smaller one shows exactly the part that lies on it. An area so small against the pitch
 * that no point falls inside it carries its share unseen.
 *
 * <p>Mat coordinates: x mm from the mat centre, positive to the patient's right (towards the last
 * column); y mm from the mat centre, positive anterior (towards row 0). Group centroids are those of
 * the whole body, also where it lies off the mat.
 *
 * <p>Immutable after construction.
 */
final class ContactModel {

    static final int ANTERIOR_LEFT = 0;
    static final int ANTERIOR_RIGHT = 1;
    static final int POSTERIOR_LEFT = 2;
    static final int POSTERIOR_RIGHT = 3;
    static final int GROUPS = 4;

    private final GridLayout grid;
    /** Per group, per cell: kPa for one newton on the group. */
    private final double[][] kpaPerNewton = new double[GROUPS][];
    /** Per group: force units of its areas, and their moments about the mat centre. */
    private final double[] units = new double[GROUPS];
    private final double[] momentX = new double[GROUPS];
    private final double[] momentY = new double[GROUPS];
    private final double anteriorShare;

    private ContactModel(GridLayout grid, Contact[] contacts, double anteriorShare) {
        this.grid = grid;
        this.anteriorShare = anteriorShare;
        for (int g = 0; g < GROUPS; g++) {
            kpaPerNewton[g] = new double[grid.cells()];
        }
        for (Contact contact : contacts) {
            addMirrored(contact);
        }
        for (int g = 0; g < GROUPS; g++) {
            normalise(g);
        }
    }

    /** The contact model of a posture, sampled on {@code grid}. */
    static ContactModel of(BodyPosture posture, GridLayout grid) {
        return switch (posture) {
            case STANDING -> new ContactModel(grid, STANDING_LEFT, 0.45);
            case SUPINE -> new ContactModel(grid, SUPINE_LEFT, 0.42);
        };
    }

    /** Left-side contacts when standing (mirrored for the right foot); x negative is the left. */
    private static final Contact[] STANDING_LEFT = {
        new Contact(false, -100, -90, 30, 38, 1.0),   // heel
        new Contact(false, -122, -20, 15, 40, 0.12),  // lateral midfoot band
        new Contact(true, -98, 55, 42, 24, 1.0),      // metatarsal heads
        new Contact(true, -78, 110, 13, 15, 0.18),    // hallux
        new Contact(true, -115, 100, 22, 10, 0.10),   // lesser toes
    };

    /** Left-side contacts when supine, head at row 0; a contact on the midline (x = 0) is shared by both sides. */
    private static final Contact[] SUPINE_LEFT = {
        new Contact(true, 0, 800, 55, 70, 0.04),      // occiput (half)
        new Contact(true, -75, 520, 75, 130, 0.15),   // scapula
        new Contact(true, -45, 300, 45, 90, 0.04),    // thoracolumbar paraspinals
        new Contact(false, -75, 60, 85, 110, 0.17),   // buttock
        new Contact(false, 0, 110, 35, 60, 0.02),     // sacrum (half)
        new Contact(false, -95, -250, 55, 170, 0.07), // thigh
        new Contact(false, -95, -620, 45, 130, 0.04), // calf
        new Contact(false, -95, -860, 30, 40, 0.02),  // heel
    };

    GridLayout grid() {
        return grid;
    }

    /** Share of the body weight on the anterior groups in the neutral stance. */
    double anteriorShare() {
        return anteriorShare;
    }

    /** Pressure pattern of group {@code g}: kPa per newton, per cell. Do not modify. */
    double[] pattern(int g) {
        return kpaPerNewton[g];
    }

    double centroidX(int g) {
        return momentX[g] / units[g];
    }

    double centroidY(int g) {
        return momentY[g] / units[g];
    }

    /** Centre of column {@code column} (any integer: beyond the mat too), mm right of the mat centre. */
    double cellX(int column) {
        return (column - (grid.columns() - 1) / 2.0) * grid.columnPitchMm();
    }

    /** Centre of row {@code row} (any integer), mm anterior of the mat centre. */
    double cellY(int row) {
        return ((grid.rows() - 1) / 2.0 - row) * grid.rowPitchMm();
    }

    private void addMirrored(Contact c) {
        int side = c.anterior ? ANTERIOR_LEFT : POSTERIOR_LEFT;
        addArea(side, c.x, c.y, c.rx, c.ry, c.share);
        addArea(side + 1, -c.x, c.y, c.rx, c.ry, c.share);
    }

    /**
     * Adds one contact area to a group, scaled so that it carries {@code share} of the group's force
     * units over all its sampling points; the cells on the mat get theirs.
     */
    private void addArea(int group, double x, double y, double rx, double ry, double share) {
        int firstColumn = (int) Math.ceil((x - rx) / grid.columnPitchMm() + (grid.columns() - 1) / 2.0);
        int lastColumn = (int) Math.floor((x + rx) / grid.columnPitchMm() + (grid.columns() - 1) / 2.0);
        int firstRow = (int) Math.ceil((grid.rows() - 1) / 2.0 - (y + ry) / grid.rowPitchMm());
        int lastRow = (int) Math.floor((grid.rows() - 1) / 2.0 - (y - ry) / grid.rowPitchMm());
        double sum = 0;
        double mx = 0;
        double my = 0;
        for (int r = firstRow; r <= lastRow; r++) {
            for (int col = firstColumn; col <= lastColumn; col++) {
                double v = weight(col, r, x, y, rx, ry);
                sum += v;
                mx += v * cellX(col);
                my += v * cellY(r);
            }
        }
        units[group] += share;
        if (sum == 0) {
            momentX[group] += share * x;
            momentY[group] += share * y;
            return;
        }
        momentX[group] += share * mx / sum;
        momentY[group] += share * my / sum;
        double[] target = kpaPerNewton[group];
        for (int r = Math.max(0, firstRow); r <= Math.min(grid.rows() - 1, lastRow); r++) {
            for (int col = Math.max(0, firstColumn); col <= Math.min(grid.columns() - 1, lastColumn); col++) {
                target[r * grid.columns() + col] += share * weight(col, r, x, y, rx, ry) / sum;
            }
        }
    }

    /** Raised-cosine weight of the sampling point at {@code column, row} in the ellipse; 0 outside. */
    private double weight(int column, int row, double x, double y, double rx, double ry) {
        double dx = (cellX(column) - x) / rx;
        double dy = (cellY(row) - y) / ry;
        double d = Math.sqrt(dx * dx + dy * dy);
        return d < 1 ? 0.5 + 0.5 * Math.cos(Math.PI * d) : 0;
    }

    /** Scales a group to one newton on all its areas together. */
    private void normalise(int g) {
        double[] p = kpaPerNewton[g];
        double cellAreaM2 = grid.rowPitchMm() * grid.columnPitchMm() * 1e-6;
        // p[i] / units newtons on a cell of cellAreaM2 square metres, in kPa
        double scale = 1 / (units[g] * cellAreaM2 * 1000);
        for (int i = 0; i < p.length; i++) {
            p[i] *= scale;
        }
    }

    /** One contact area of the left side (or of the midline), mm. */
    private record Contact(boolean anterior, double x, double y, double rx, double ry, double share) {
    }
}
