package org.myofuse.protocols.run;

import java.util.Locale;

import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Step;

/**
 * Calibration {@code tool-tare}: cue {@code tare.lift}; once the normal force has stayed below
 * {@code maxLoad} for {@code hold} without a break, the tool is zeroed ({@code FusionCalibration.tare})
 * and the tare recorded ({@code CALIBRATION}, unit N: the force read just before). A missing force reading
 * breaks the hold.
 */
final class TareRun extends StepRun {

    private final Step.ToolTare tare;
    private final long hold;
    private long below = -1;
    private boolean tared;
    private String tools = "";
    private double zeroed = Double.NaN;

    TareRun(Step.ToolTare step, RunCore run) {
        super(step, run);
        this.tare = step;
        this.hold = step.hold().nanos();
    }

    @Override
    void begin(long now) {
        run.cues.issue(CueCodes.TARE_LIFT, now);
    }

    @Override
    void frame(long now, long active) {
        if (tared) {
            return;
        }
        double f = run.values.normal;
        if (!(f < tare.maxLoad().value())) {
            below = -1;
            return;
        }
        if (below < 0) {
            below = active;
        }
        if (active - below >= hold) {
            tared = true;
            zeroed = f;
            tools = run.out.tare();
            run.journal("CALIBRATION", tools.isEmpty() ? "tool" : tools, f, "N", tools.isEmpty()
                    ? "tool tare: unloaded, no force tool in the live fusion took the tare"
                    : String.format(Locale.ROOT, "tool tare: %.2f N read as zero", f));
        }
    }

    @Override
    void resumed(long active) {
        below = -1;
    }

    @Override
    boolean complete(long active) {
        return tared;
    }

    @Override
    String resultDetail() {
        return tared ? String.format(Locale.ROOT, "tared %s at %.2f N", tools.isEmpty() ? "(no tool)" : tools, zeroed)
                : "not tared";
    }
}
