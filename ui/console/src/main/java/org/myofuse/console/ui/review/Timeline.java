package org.myofuse.console.ui.review;

import java.util.Arrays;
import java.util.List;

import org.myofuse.api.analysis.AnalysisTraces;
import org.myofuse.api.store.StoredEvent;

/**
 * A replayed session's timeline: where it starts and ends (the fused frames, else the stored events),
 * the frame at a moment, and the scrubber's positions in tenths of a second. Immutable.
 */
record Timeline(AnalysisTraces traces, List<StoredEvent> events, double startS, double endS) {

    /** Scrubber steps per second. */
    static final int STEPS_PER_SECOND = 10;

    static Timeline of(AnalysisTraces traces, List<StoredEvent> events) {
        double start = Double.POSITIVE_INFINITY;
        double end = Double.NEGATIVE_INFINITY;
        if (traces != null && traces.frames() > 0) {
            start = traces.timeS()[0];
            end = traces.timeS()[traces.frames() - 1];
        }
        for (StoredEvent e : events) {
            start = Math.min(start, e.timeSeconds());
            end = Math.max(end, e.timeSeconds());
        }
        if (start > end) {
            start = 0;
            end = 0;
        }
        start = Math.floor(start * STEPS_PER_SECOND) / STEPS_PER_SECOND; // scrubber steps on whole tenths, as times show
        return new Timeline(traces, List.copyOf(events), start, end);
    }

    /** The scrubber's last position. */
    int steps() {
        return (int) Math.ceil((endS - startS) * STEPS_PER_SECOND);
    }

    double timeAt(int step) {
        return startS + (double) step / STEPS_PER_SECOND;
    }

    int stepAt(double timeS) {
        return (int) Math.round(Math.max(0, Math.min(endS - startS, timeS - startS)) * STEPS_PER_SECOND);
    }

    /** The frame at or just before {@code timeS}, -1 without frames. */
    int frameAt(double timeS) {
        if (traces == null || traces.frames() == 0) {
            return -1;
        }
        int i = Arrays.binarySearch(traces.timeS(), timeS);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
