package org.myofuse.simulator.mat;

import org.myofuse.api.device.GridLayout;

/**
 * Where the body touches the mat, as four load groups whose shares can be moved to place the centre
 * of pressure: anterior-left, anterior-right, posterior-left, posterior-right ("anterior" is towards
 * row 0: the toes when standing, the head when supine). Each group is a few contact areas
 * (raised-cosine ellipses: heel, forefoot, toes; or head, scapulae, buttocks, heels ...), sampled at
 * the cell centres and normalised so that one newton on the group gives its pressure pattern.
 *
 * <p>Mat coordinates: x mm from the mat centre, positive to the patient's right (towards the last
 * column); y mm from the mat centre, positive anterior (towards row 0).
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
    private final double[] centroidX = new double[GROUPS];
    private final double[] centroidY = new double[GROUPS];
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

    /** The contact model of a posture. */
    static ContactModel of(Posture posture) {
        return switch (posture) {
            case STANDING -> new ContactModel(posture.grid(), STANDING_LEFT, 0.45);
            case SUPINE -> new ContactModel(posture.grid(), SUPINE_LEFT, 0.42);
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
        return centroidX[g];
    }

    double centroidY(int g) {
        return centroidY[g];
    }

    /** Cell centre, mm right of the mat centre. */
    double cellX(int column) {
        return (column - (grid.columns() - 1) / 2.0) * grid.columnPitchMm();
    }

    /** Cell centre, mm anterior of the mat centre. */
    double cellY(int row) {
        return ((grid.rows() - 1) / 2.0 - row) * grid.rowPitchMm();
    }

    private void addMirrored(Contact c) {
        int side = c.anterior ? ANTERIOR_LEFT : POSTERIOR_LEFT;
        addArea(side, c.x, c.y, c.rx, c.ry, c.share);
        addArea(side + 1, -c.x, c.y, c.rx, c.ry, c.share);
    }

    /** Adds one contact area to a group, scaled so that it carries {@code share} of the group's force units. */
    private void addArea(int group, double x, double y, double rx, double ry, double share) {
        double[] shape = new double[grid.cells()];
        double sum = 0;
        for (int r = 0; r < grid.rows(); r++) {
            for (int col = 0; col < grid.columns(); col++) {
                double dx = (cellX(col) - x) / rx;
                double dy = (cellY(r) - y) / ry;
                double d = Math.sqrt(dx * dx + dy * dy);
                if (d < 1) {
                    double v = 0.5 + 0.5 * Math.cos(Math.PI * d);
                    shape[r * grid.columns() + col] = v;
                    sum += v;
                }
            }
        }
        if (sum == 0) {
            throw new IllegalStateException("contact area at " + x + ", " + y + " mm misses every cell centre");
        }
        double[] target = kpaPerNewton[group];
        for (int i = 0; i < shape.length; i++) {
            target[i] += share * shape[i] / sum;
        }
    }

    /** Scales a group to one newton in total and records its centre of pressure. */
    private void normalise(int g) {
        double[] p = kpaPerNewton[g];
        double units = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < p.length; i++) {
            units += p[i];
            mx += p[i] * cellX(i % grid.columns());
            my += p[i] * cellY(i / grid.columns());
        }
        double cellAreaM2 = grid.rowPitchMm() * grid.columnPitchMm() * 1e-6;
        // p[i] / units newtons on a cell of cellAreaM2 square metres, in kPa
        double scale = 1 / (units * cellAreaM2 * 1000);
        for (int i = 0; i < p.length; i++) {
            p[i] *= scale;
        }
        centroidX[g] = mx / units;
        centroidY[g] = my / units;
    }

    /** One contact area of the left side (or of the midline), mm. */
    private record Contact(boolean anterior, double x, double y, double rx, double ry, double share) {
    }
}
