package org.myofuse.protocols.run;

import java.util.Locale;

import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.Severity;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.CueStyle;
import org.myofuse.protocols.model.StepInfo;

/**
 * Issues a step's cues: the style of the code (the step's, which already holds the protocol's and the
 * defaults), the placeholders filled in, the cue journaled ({@code CUE}) and handed to the listeners.
 *
 * <p><b>Rate limit</b> (so the therapist is not flooded): a cue of severity advisory or caution is not
 * issued again with the same code within {@value #REPEAT_SECONDS} s of session time in the same step;
 * info cues follow the protocol's own pace (steps, holds, rests, repetitions) and are never held back;
 * an alarm is issued at once every time, and the engine itself re-arms it only after the force has
 * fallen back below 90 % of the limit. A cue held back is not queued: the condition that asked for it
 * asks again if it persists. Engine thread only.
 */
final class Cues {

    static final double REPEAT_SECONDS = 3;
    static final long REPEAT_NANOS = (long) (REPEAT_SECONDS * 1e9);

    private final RunOutput out;
    private final long[] lastAt = new long[CueCodes.ALL.size()];
    private StepInfo step;
    private String stepTitle = "";

    Cues(RunOutput out) {
        this.out = out;
    }

    /** A step became current: its styles apply, and the rate limit starts over. */
    void step(StepInfo info) {
        step = info;
        stepTitle = info.title();
        java.util.Arrays.fill(lastAt, Long.MIN_VALUE);
    }

    /** True when a cue of {@code code} would be held back at {@code now} (allocation-free). */
    boolean limited(String code, long now) {
        CueStyle style = step.cue(code);
        if (style.severity() == Severity.INFO || style.severity() == Severity.ALARM) {
            return false;
        }
        long last = lastAt[index(code)];
        return last != Long.MIN_VALUE && now - last < REPEAT_NANOS;
    }

    /** Issues a cue without values; false when rate-limited. */
    boolean issue(String code, long now) {
        return issue(code, now, "", Double.NaN, "", Double.NaN, Double.NaN, -1, -1);
    }

    /**
     * Issues a cue unless rate-limited.
     *
     * @return whether it was issued
     */
    boolean issue(String code, long now, String muscle, double value, String unit, double low, double high, int done,
            int target) {
        if (limited(code, now)) {
            return false;
        }
        lastAt[index(code)] = now;
        CueStyle style = step.cue(code);
        String text = fill(style.text(), muscle, value, unit, low, high, done, target);
        Cue cue = new Cue(now, step.id(), style.severity(), code, text, style.colour(), style.tone());
        out.journal(new JournalEntry(now, "CUE", step.id(), value, unit,
                code + " " + style.severity().name().toLowerCase(Locale.ROOT) + ": " + text, JournalEntry.PROTOCOL));
        out.cue(cue);
        return true;
    }

    /** Issues a cue with a text of its own (a confirmation's prompt) in the code's style; false when rate-limited. */
    boolean issueText(String code, long now, String text) {
        if (limited(code, now)) {
            return false;
        }
        lastAt[index(code)] = now;
        CueStyle style = step.cue(code);
        out.journal(new JournalEntry(now, "CUE", step.id(), Double.NaN, "",
                code + " " + style.severity().name().toLowerCase(Locale.ROOT) + ": " + text, JournalEntry.PROTOCOL));
        out.cue(new Cue(now, step.id(), style.severity(), code, text, style.colour(), style.tone()));
        return true;
    }

    private String fill(String text, String muscle, double value, String unit, double low, double high, int done,
            int target) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        return text.replace("{step}", stepTitle).replace("{muscle}", muscle).replace("{value}", number(value))
                .replace("{unit}", unit).replace("{low}", number(low)).replace("{high}", number(high))
                .replace("{done}", done < 0 ? "" : Integer.toString(done))
                .replace("{target}", target < 0 ? "" : Integer.toString(target));
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static int index(String code) {
        int i = CueCodes.ALL.indexOf(code);
        if (i < 0) {
            throw new IllegalArgumentException("unknown cue code " + code);
        }
        return i;
    }
}
