package org.myofuse.protocols.run;

import java.util.Locale;

import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Step;

/**
 * Calibration {@code mvc}: muscle by muscle, {@code repetitions} contractions of {@code contraction}
 * (cue {@code calibration.contract}, the muscle's name in it) with {@code rest} between (cue
 * {@code calibration.relax}, also after the last). The muscle's MVC is the highest envelope, uV, of its
 * contractions: set in the live fusion ({@code FusionCalibration.setMvc}) and in this run (its %MVC is
 * known from then on), recorded as {@code CALIBRATION} (source the channel, unit uV). Counts contractions.
 */
final class MvcRun extends StepRun {

    private final Step.MvcCalibration mvc;
    private final int[] muscles;
    private final long contraction;
    private final long rest;
    private final int reps;
    private boolean contracting;
    private long phaseStart;
    private double peak = Double.NaN;
    private final StringBuilder summary = new StringBuilder();
    private int calibrated;

    MvcRun(Step.MvcCalibration step, RunCore run) {
        super(step, run);
        this.mvc = step;
        muscles = new int[step.muscles().size()];
        for (int i = 0; i < muscles.length; i++) {
            muscles[i] = run.values.muscle(step.muscles().get(i).muscle());
        }
        contraction = step.contraction().nanos();
        rest = step.rest().nanos();
        reps = step.repetitions().value();
    }

    /** The muscle (index into the step's list) of contraction {@code done}. */
    private int muscleNow() {
        return done / reps;
    }

    @Override
    void begin(long now) {
        contract(now, 0);
    }

    private void contract(long now, long active) {
        contracting = true;
        phaseStart = active;
        int m = muscles[muscleNow()];
        run.cues.issue(CueCodes.CALIBRATION_CONTRACT, now, run.values.name(m), Double.NaN, "", Double.NaN, Double.NaN,
                done % reps + 1, reps);
        run.progressed();
    }

    @Override
    void frame(long now, long active) {
        if (done >= muscles.length * reps) {
            return;
        }
        if (contracting) {
            int m = muscles[muscleNow()];
            double x = m < 0 ? Double.NaN : run.values.uv[m];
            if (!Double.isNaN(x) && !(x <= peak)) {
                peak = x;
            }
            if (active - phaseStart >= contraction) {
                contracted(now, active);
            }
        } else if (active - phaseStart >= rest) {
            contract(now, active);
        }
    }

    private void contracted(long now, long active) {
        int muscle = muscleNow();
        done++;
        contracting = false;
        phaseStart = active;
        run.cues.issue(CueCodes.CALIBRATION_RELAX, now);
        if (done % reps == 0) {
            calibrate(muscle);
            peak = Double.NaN;
        }
        if (done < muscles.length * reps && rest == 0) {
            contract(now, active);
        }
    }

    private void calibrate(int i) {
        String id = mvc.muscles().get(i).muscle();
        int m = muscles[i];
        String source = m < 0 || run.values.source[m] == null ? id : run.values.source[m];
        if (!(peak > 0)) {
            run.journal("CALIBRATION", source, Double.NaN, "uV", "mvc " + id + ": no EMG, not calibrated");
            summary.append(summary.length() == 0 ? "" : ", ").append(id).append(" -");
            return;
        }
        run.values.mvc(m, peak);
        boolean inFusion = run.out.setMvc(source, peak);
        calibrated++;
        run.journal("CALIBRATION", source, peak, "uV", String.format(Locale.ROOT, "mvc %s: highest envelope of %d contractions%s",
                id, reps, inFusion ? "" : " (kept by the protocol run; the live fusion did not take it)"));
        summary.append(summary.length() == 0 ? "" : ", ").append(id).append(' ')
                .append(String.format(Locale.ROOT, "%.0f uV", peak));
    }

    @Override
    boolean complete(long active) {
        return done >= muscles.length * reps;
    }

    @Override
    String resultDetail() {
        return done + "/" + muscles.length * reps + " contractions, " + calibrated + "/" + muscles.length
                + " muscles calibrated" + (summary.length() == 0 ? "" : ": " + summary);
    }
}
