package org.myofuse.lib.simulation.script;

/**
 * The patient rests, the tool is off the skin: before and after a run, while it is paused, and while
 * an assessment wants the patient to stand quietly ({@code quiet}: no weight shifts, for sway).
 */
final class Rest extends Activity {

    private final boolean quiet;

    Rest(long startNanos, ScriptSample from, boolean quiet) {
        super(startNanos, from);
        this.quiet = quiet;
    }

    @Override
    void own(double s, ScriptSample out) {
        out.weightShifts = !quiet;
    }
}
