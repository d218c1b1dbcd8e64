package org.myofuse.protocols.run;

import java.util.List;

import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.protocols.model.Condition;
import org.myofuse.protocols.model.Muscle;
import org.myofuse.protocols.model.Protocol;

/**
 * A step's entry or exit conditions with what they have seen so far: time runs on the clock the caller
 * gives (entry: since the step became current; exit: since it began; paused time left out), metric
 * holds, event counts, a confirmation. Engine thread only; {@link #all}, {@link #any} and
 * {@link #event} allocate nothing.
 */
final class Conditions {

    private final Condition[] conditions;
    private final int[] muscle;
    private final Muscle[] eventMuscle;
    private final long[] inBandSince;
    private final int[] events;
    private boolean confirmed;

    Conditions(List<Condition> list, Protocol protocol, LiveValues values) {
        conditions = list.toArray(new Condition[0]);
        int n = conditions.length;
        muscle = new int[n];
        eventMuscle = new Muscle[n];
        inBandSince = new long[n];
        events = new int[n];
        for (int i = 0; i < n; i++) {
            muscle[i] = -1;
            inBandSince[i] = -1;
            if (conditions[i] instanceof Condition.MetricHeld m && !m.metric().muscle().isEmpty()) {
                muscle[i] = values.muscle(m.metric().muscle());
            } else if (conditions[i] instanceof Condition.Events e && e.muscle().isPresent()) {
                eventMuscle[i] = protocol.muscle(e.muscle().get());
            }
        }
    }

    boolean isEmpty() {
        return conditions.length == 0;
    }

    /** True when a confirmation is among the conditions and has not been given. */
    boolean awaitsConfirmation() {
        if (confirmed) {
            return false;
        }
        for (Condition c : conditions) {
            if (c instanceof Condition.Confirmation) {
                return true;
            }
        }
        return false;
    }

    /** The prompt of the confirmation condition, "" when none or the default. */
    String prompt() {
        for (Condition c : conditions) {
            if (c instanceof Condition.Confirmation conf) {
                return conf.prompt();
            }
        }
        return "";
    }

    /** The therapist confirmed; false when no confirmation is awaited. */
    boolean confirm() {
        if (!awaitsConfirmation()) {
            return false;
        }
        confirmed = true;
        return true;
    }

    /** Counts a fusion event toward the event conditions. */
    void event(TherapyEvent e) {
        for (int i = 0; i < conditions.length; i++) {
            if (conditions[i] instanceof Condition.Events c && c.event().type() == e.type()
                    && (eventMuscle[i] == null || eventMuscle[i].measuredBy(e.source()))) {
                events[i]++;
            }
        }
    }

    /** Metric holds start over (after a pause). */
    void restartHolds() {
        java.util.Arrays.fill(inBandSince, -1);
    }

    /** Reads the metrics of this frame at time {@code t} (the caller's clock). */
    void frame(long t, LiveValues v) {
        for (int i = 0; i < conditions.length; i++) {
            if (conditions[i] instanceof Condition.MetricHeld m) {
                if (m.band().contains(v.metric(m.metric().kind(), muscle[i]))) {
                    if (inBandSince[i] < 0) {
                        inBandSince[i] = t;
                    }
                } else {
                    inBandSince[i] = -1;
                }
            }
        }
    }

    /** Every condition holds (true when there are none). */
    boolean all(long t, int repetitions) {
        for (int i = 0; i < conditions.length; i++) {
            if (!holds(i, t, repetitions)) {
                return false;
            }
        }
        return true;
    }

    /** Any condition holds (false when there are none). */
    boolean any(long t, int repetitions) {
        for (int i = 0; i < conditions.length; i++) {
            if (holds(i, t, repetitions)) {
                return true;
            }
        }
        return false;
    }

    private boolean holds(int i, long t, int repetitions) {
        Condition c = conditions[i];
        if (c instanceof Condition.After a) {
            return t >= a.time().nanos();
        }
        if (c instanceof Condition.Repetitions r) {
            return repetitions >= r.count().value();
        }
        if (c instanceof Condition.MetricHeld m) {
            return inBandSince[i] >= 0 && t - inBandSince[i] >= m.holdFor().nanos();
        }
        if (c instanceof Condition.Events e) {
            return events[i] >= e.count().value();
        }
        return confirmed;
    }
}
