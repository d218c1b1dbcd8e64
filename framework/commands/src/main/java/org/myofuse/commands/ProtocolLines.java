package org.myofuse.commands;

import java.util.Locale;

import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.StepState;

/**
 * The lines {@code myofuse run --protocol} prints about the protocol run: one per step change and
 * per change of a step's count, one per cue, one when the run ended.
 */
final class ProtocolLines {

    private ProtocolLines() {
    }

    /**
     * E.g. {@code step 3/9 Release, thoracolumbar fascia left: 12/30 strokes}; a step without a count says
     * its planned length, a paused run or a step waiting for the therapist says so.
     */
    static String step(RunState state) {
        StepState s = state.step();
        var sb = new StringBuilder("step ").append(s.index() + 1).append('/').append(s.count()).append(' ')
                .append(s.title());
        String progress = progress(s);
        if (!progress.isEmpty()) {
            sb.append(": ").append(progress);
        }
        if (state.status() == RunState.Status.PAUSED) {
            sb.append(" (paused)");
        } else if (s.awaiting() == StepState.Awaiting.CONFIRMATION) {
            sb.append(" (waiting for confirmation)");
        } else if (s.awaiting() == StepState.Awaiting.PAIN_SCORE) {
            sb.append(" (waiting for the pain score)");
        }
        return sb.toString();
    }

    private static String progress(StepState s) {
        if (s.repetitionsTarget() > 0) {
            return s.repetitionsDone() + "/" + s.repetitionsTarget() + " " + unit(s);
        }
        if (!Double.isNaN(s.durationS())) {
            return seconds(s.durationS());
        }
        return "";
    }

    /** What a step counts: strokes, holds, repetitions or contractions. */
    static String unit(StepState s) {
        return switch (s.type()) {
            case RELEASE -> "strokes";
            case BIOFEEDBACK -> "holds";
            case CALIBRATION -> "contractions";
            case DRILL, ASSESSMENT -> "repetitions";
        };
    }

    private static String seconds(double seconds) {
        return (seconds == Math.rint(seconds) ? Long.toString((long) seconds) : String.format(Locale.ROOT, "%.1f", seconds))
                + " s";
    }

    /** E.g. {@code cue pressure.less (advisory): A little less pressure (9.8 N, aim 6.0-8.9 N)}. */
    static String cue(Cue cue) {
        return "cue " + cue.code() + " (" + cue.severity().name().toLowerCase(Locale.ROOT) + "): " + cue.text();
    }

    /** E.g. {@code protocol lumbar-session 1.0.0 completed}, or {@code ... aborted: run stopped}. */
    static String ended(RunState state) {
        String how = state.status() == RunState.Status.COMPLETED ? "completed"
                : "aborted" + (state.reason().isEmpty() ? "" : ": " + state.reason());
        return "protocol " + state.protocolId() + " " + state.protocolVersion() + " " + how;
    }
}
