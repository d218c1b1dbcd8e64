package org.myofuse.protocols.run;

import java.util.Locale;

import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Step;

/**
 * Calibration {@code resting-baseline}: cue {@code calibration.relax} (and {@code stance.still} with
 * {@code stance}); over {@code duration} each listed muscle's envelope (uV) is averaged - its noise floor,
 * recorded as {@code CALIBRATION} (mean, with the standard deviation in the detail) - and the sway with
 * {@code stance}.
 */
final class BaselineRun extends StepRun {

    private final Step.RestingBaseline baseline;
    private final long duration;
    private final int[] muscles;
    private final long[] n;
    private final double[] mean;
    private final double[] m2;
    private final Sway sway = new Sway();

    BaselineRun(Step.RestingBaseline step, RunCore run) {
        super(step, run);
        this.baseline = step;
        this.duration = step.duration().nanos();
        muscles = new int[step.emg().size()];
        for (int i = 0; i < muscles.length; i++) {
            muscles[i] = run.values.muscle(step.emg().get(i));
        }
        n = new long[muscles.length];
        mean = new double[muscles.length];
        m2 = new double[muscles.length];
    }

    @Override
    void begin(long now) {
        run.cues.issue(CueCodes.CALIBRATION_RELAX, now);
        if (baseline.stance()) {
            run.cues.issue(CueCodes.STANCE_STILL, now);
        }
    }

    @Override
    void frame(long now, long active) {
        for (int i = 0; i < muscles.length; i++) {
            double x = muscles[i] < 0 ? Double.NaN : run.values.uv[muscles[i]];
            if (!Double.isNaN(x)) {
                n[i]++;
                double d = x - mean[i];
                mean[i] += d / n[i];
                m2[i] += d * (x - mean[i]);
            }
        }
        if (baseline.stance()) {
            sway.add(now, run.values.copX, run.values.copY);
        }
    }

    @Override
    boolean complete(long active) {
        return active >= duration;
    }

    @Override
    void finish(long now) {
        for (int i = 0; i < muscles.length; i++) {
            String muscle = baseline.emg().get(i);
            String source = muscles[i] < 0 || run.values.source[muscles[i]] == null ? muscle : run.values.source[muscles[i]];
            if (n[i] == 0) {
                run.journal("CALIBRATION", source, Double.NaN, "uV", "noise floor " + muscle + ": no EMG");
                continue;
            }
            double sd = n[i] > 1 ? Math.sqrt(m2[i] / (n[i] - 1)) : 0;
            run.journal("CALIBRATION", source, mean[i], "uV", String.format(Locale.ROOT,
                    "noise floor %s: mean %.2f uV, sd %.2f uV over %d frames", muscle, mean[i], sd, n[i]));
        }
    }

    @Override
    String resultDetail() {
        int measured = 0;
        for (long k : n) {
            measured += k > 0 ? 1 : 0;
        }
        return "noise floor of " + measured + "/" + muscles.length + " muscles"
                + (baseline.stance() ? "; " + sway.describe() : "");
    }
}
