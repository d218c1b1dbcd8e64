package org.myofuse.reports.stored;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.report.SessionReport;
import org.myofuse.api.store.StoredEvent;

/**
 * Reads the protocol runs out of a session's stored events: the protocol engine's journal (origin
 * {@code protocol}: {@code RUN}, {@code PARAMETER}, {@code STEP}, {@code STEP_RESULT}, {@code CUE},
 * {@code PAIN_NRS} ..., see docs/protocols-format.md "What a run records") becomes one
 * {@link SessionReport.ProtocolRun} per {@code RUN ... started}.
 */
final class ProtocolRuns {

    static final String PROTOCOL_ORIGIN = "protocol";

    private ProtocolRuns() {
    }

    /**
     * The runs in the order they started.
     *
     * @param events the session's stored events in time order, entries of one time in the order written (as
     *               the store returns them)
     * @param t0     the session time of the report's zero, in seconds
     */
    static List<SessionReport.ProtocolRun> of(List<StoredEvent> events, double t0) {
        List<RunJournal> runs = new ArrayList<>();
        RunJournal current = null;
        for (StoredEvent e : events) {
            if (!e.origin().equals(PROTOCOL_ORIGIN)) {
                continue;
            }
            if (e.type().equals("RUN") && e.detail().endsWith(RunJournal.STARTED)) {
                current = new RunJournal(e.detail(), e.timeSeconds() - t0);
                runs.add(current);
                continue;
            }
            if (current == null) {
                // entries whose RUN line is missing (a journal cut at its start) still belong to a run
                current = new RunJournal("", e.timeSeconds() - t0);
                runs.add(current);
            }
            current.add(e, e.timeSeconds() - t0);
        }
        return runs.stream().map(RunJournal::build).toList();
    }

    /** Whether the events table leaves the entry out: parameters are shown in their own table. */
    static boolean inParameterTable(StoredEvent e) {
        return e.origin().equals(PROTOCOL_ORIGIN) && e.type().equals("PARAMETER");
    }
}
