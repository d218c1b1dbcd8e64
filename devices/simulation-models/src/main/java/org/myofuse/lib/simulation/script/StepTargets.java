package org.myofuse.lib.simulation.script;

import java.util.List;
import java.util.Locale;

import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.Target;
import org.myofuse.lib.simulation.EmgMontage;

/**
 * The bands of one step, read the way the scripted therapist and patient need them: the normal force
 * and stroke rate the therapist aims at, the activation each muscle of the montage should have, where
 * the centre of pressure should go, and the side the step treats. Metrics are those of
 * docs/protocols-format.md; targets naming something the simulated patient does not have (another
 * amplifier's channel names, metrics it cannot act on) are left out.
 */
final class StepTargets {

    private static final String EMG = "emg:";

    private final Band normalForce;
    private final Band strokeRatePerMin;
    private final Band[] muscles = new Band[EmgMontage.COUNT];
    private final Band copX;
    private final Band copY;
    private final int side;

    StepTargets(StepState step) {
        Band force = Band.NONE;
        Band rate = Band.NONE;
        Band x = Band.NONE;
        Band y = Band.NONE;
        for (Target t : step.targets()) {
            String metric = t.metric();
            if (metric.equals("normalForce")) {
                force = band(t, 1);
            } else if (metric.equals("strokeRate")) {
                rate = band(t, t.unit().equalsIgnoreCase("Hz") ? 60 : 1);
            } else if (metric.equals("copX")) {
                x = band(t, 1);
            } else if (metric.equals("copY")) {
                y = band(t, 1);
            } else if (metric.startsWith(EMG)) {
                muscle(t);
            }
        }
        this.normalForce = force;
        this.strokeRatePerMin = rate;
        this.copX = x;
        this.copY = y;
        this.side = side(step.title() + " " + step.id() + " " + step.instruction());
    }

    Band normalForce() {
        return normalForce;
    }

    Band strokeRatePerMin() {
        return strokeRatePerMin;
    }

    /** The band of muscle {@code m} in % MVC; {@link Band#NONE} when the step sets none. */
    Band muscle(int m) {
        return muscles[m] == null ? Band.NONE : muscles[m];
    }

    boolean anyMuscle() {
        for (Band b : muscles) {
            if (b != null) {
                return true;
            }
        }
        return false;
    }

    Band copX() {
        return copX;
    }

    Band copY() {
        return copY;
    }

    /** The side the step treats: -1 left, +1 right, 0 when it names neither or both. */
    int side() {
        return side;
    }

    private void muscle(Target t) {
        String source = t.metric().substring(EMG.length());
        int m = EmgMontage.indexOf(source.substring(source.lastIndexOf('/') + 1));
        if (m < 0) {
            return;
        }
        // a channel that is not calibrated is targeted in microvolts: the patient's own MVC converts it
        double scale = t.unit().equalsIgnoreCase("uV") ? 100 / EmgMontage.MUSCLES.get(m).mvcUv() : 1;
        muscles[m] = band(t, scale);
    }

    private static Band band(Target t, double scale) {
        return new Band(t.low() * scale, t.high() * scale, t.limit() * scale);
    }

    static int side(String text) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^a-z]+"));
        boolean left = words.contains("left");
        boolean right = words.contains("right");
        return left == right ? 0 : (left ? -1 : 1);
    }
}
