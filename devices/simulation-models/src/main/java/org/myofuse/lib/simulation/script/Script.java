package org.myofuse.lib.simulation.script;

import java.util.Arrays;

/**
 * What the scripted therapist and patient do over session time: a sequence of activities, each from
 * its start until the next one's. Before the first, the patient rests and the tool is off the skin.
 * An immutable value: {@link ScriptedSession} makes a new one for every change of plan and the
 * simulated devices read whichever is current, each evaluating it at its own sample times.
 *
 * <p>Thread-safe; {@link #sample} allocates nothing.
 */
public final class Script {

    /** Nothing planned: rest. */
    public static final Script IDLE = new Script(new Activity[0]);

    private final Activity[] activities;

    private Script(Activity[] activities) {
        this.activities = activities;
    }

    /** Writes what happens at {@code sessionNanos} into {@code out}. */
    public void sample(long sessionNanos, ScriptSample out) {
        out.reset();
        Activity a = at(sessionNanos);
        if (a != null) {
            a.sample(sessionNanos, out);
        }
    }

    /** The activity going on at {@code sessionNanos}; null before the first. */
    Activity at(long sessionNanos) {
        int lo = 0;
        int hi = activities.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (activities[mid].startNanos <= sessionNanos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? null : activities[found];
    }

    /** This script with {@code next} going on from its start: activities planned from then on are dropped. */
    Script then(Activity next) {
        int keep = 0;
        while (keep < activities.length && activities[keep].startNanos < next.startNanos) {
            keep++;
        }
        Activity[] list = Arrays.copyOf(activities, keep + 1);
        list[keep] = next;
        return new Script(list);
    }

    /** Number of activities planned. */
    int size() {
        return activities.length;
    }
}
