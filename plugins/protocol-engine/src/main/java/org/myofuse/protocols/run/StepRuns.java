package org.myofuse.protocols.run;

import org.myofuse.protocols.model.Step;

/** The run-time behaviour of each step type. */
final class StepRuns {

    private StepRuns() {
    }

    static StepRun of(Step step, RunCore run) {
        if (step instanceof Step.RestingBaseline s) {
            return new BaselineRun(s, run);
        } else if (step instanceof Step.MvcCalibration s) {
            return new MvcRun(s, run);
        } else if (step instanceof Step.ToolTare s) {
            return new TareRun(s, run);
        } else if (step instanceof Step.PainScore s) {
            return new PainRun(s, run);
        } else if (step instanceof Step.FunctionalMovement s) {
            return new FunctionalMovementRun(s, run);
        } else if (step instanceof Step.QuietStance s) {
            return new QuietStanceRun(s, run);
        } else if (step instanceof Step.Release s) {
            return new ReleaseRun(s, run);
        } else if (step instanceof Step.Biofeedback s) {
            return new BiofeedbackRun(s, run);
        } else if (step instanceof Step.Drill s) {
            return new DrillRun(s, run);
        }
        throw new IllegalArgumentException("no run-time behaviour for step type " + step.getClass().getSimpleName());
    }
}
