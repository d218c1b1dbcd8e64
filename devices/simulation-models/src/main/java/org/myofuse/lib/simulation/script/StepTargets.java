package org.myofuse.lib.simulation.script;

import java.util.Locale;

import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.Target;
import org.myofuse.lib.simulation.EmgMontage;

/**
 * The bands of one step, read the way the scripted therapist and patient need them: the normal force
 * and stroke rate the therapist aims at, the activation each muscle of the montage should have, where
 * the centre of pressure should go and how steadily, and the side the step treats. Metrics are those
 * of docs/protocols-format.md; a muscle is named by the protocol's muscle id ({@code emg:multifidus-left})
 * or by the amplifier's channel ({@code emg:sim-emg/L_multifidus}). Targets naming something the
 * simulated patient does not have are left out.
 */
final class StepTargets {

    private static final String EMG = "emg:";

    private final Band normalForce;
    private final Band strokeRatePerMin;
    private final Band[] muscles = new Band[EmgMontage.COUNT];
    private final Band copX;
    private final Band copY;
    private final Band copSpeed;
    private final int side;

    StepTargets(StepState step) {
        Band force = Band.NONE;
        Band rate = Band.NONE;
        Band x = Band.NONE;
        Band y = Band.NONE;
        Band speed = Band.NONE;
        for (Target t : step.targets()) {
            switch (t.metric()) {
                case "normalForce" -> force = band(t, 1);
                case "strokeRate" -> rate = band(t, t.unit().equalsIgnoreCase("Hz") ? 60 : 1);
                case "copX" -> x = band(t, 1);
                case "copY" -> y = band(t, 1);
                case "copSpeed" -> speed = band(t, 1);
                default -> {
                    if (t.metric().startsWith(EMG)) {
                        muscle(t);
                    }
                }
            }
        }
        this.normalForce = force;
        this.strokeRatePerMin = rate;
        this.copX = x;
        this.copY = y;
        this.copSpeed = speed;
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

    Band copSpeed() {
        return copSpeed;
    }

    /** The side the step treats: -1 left, +1 right, 0 when it names neither or both. */
    int side() {
        return side;
    }

    private void muscle(Target t) {
        int m = muscleIn(t.metric().substring(EMG.length()));
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

    /**
     * The montage muscle a text names - a protocol muscle id ({@code gluteus-maximus-left}), a channel
     * ({@code sim-emg/L_glute_max}) or a cue's words ("Contract left lumbar multifidus") - or -1 when it
     * names none or several.
     */
    static int muscleIn(String text) {
        String t = text.substring(text.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String[] words = t.split("[^a-z]+");
        boolean left = t.startsWith("l_");
        boolean right = t.startsWith("r_");
        for (String w : words) {
            left |= w.equals("left");
            right |= w.equals("right");
        }
        String kind = t.contains("multifidus") ? "multifidus"
                : t.contains("erector") ? "erector_spinae"
                : t.contains("glute") && t.contains("max") ? "glute_max"
                : t.contains("glute") && t.contains("med") ? "glute_med" : "";
        if (kind.isEmpty() || left == right) {
            return -1;
        }
        return EmgMontage.indexOf((left ? "L_" : "R_") + kind);
    }

    static int side(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z]+");
        boolean left = false;
        boolean right = false;
        for (String w : words) {
            left |= w.equals("left");
            right |= w.equals("right");
        }
        return left == right ? 0 : (left ? -1 : 1);
    }
}
