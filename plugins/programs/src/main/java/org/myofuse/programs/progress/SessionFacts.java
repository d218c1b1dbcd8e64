package org.myofuse.programs.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.myofuse.api.store.Assessment;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.StoredEvent;

/**
 * What progress needs of one stored session: its day, the protocol it ran, each step's result and the
 * pain score before it.
 *
 * @param sessionId   the session
 * @param date        the day it started, in the clinic's time zone
 * @param protocolId  the protocol it ran, "" if none
 * @param stepResults each judged step's result (fraction 0-1 of good repetitions or strokes), by step id: the
 *                    last non-NaN {@code STEP_RESULT} the protocol journaled for it
 * @param painBefore  pain NRS 0-10 before the session, {@code null} if not scored
 */
public record SessionFacts(String sessionId, LocalDate date, String protocolId, Map<String, Double> stepResults,
        Integer painBefore) {

    /** The journal type of a step's result (origin protocol; source the step id; value 0-1, NaN when the step does not judge). */
    public static final String STEP_RESULT = "STEP_RESULT";
    /** The journal type of a pain score (origin protocol; value 0-10). */
    public static final String PAIN_NRS = "PAIN_NRS";
    /** The detail of a pain score taken before the session's treatment. */
    public static final String BEFORE = "before";

    public SessionFacts {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(protocolId, "protocolId");
        stepResults = Map.copyOf(stepResults);
    }

    /**
     * The facts of a stored session from its events: results and pain scores journaled by its protocol
     * run (origin {@code protocol}); the pain before is the earliest {@code PAIN_NRS} of the session, or
     * else the assessment's score (myofuse assess).
     */
    public static SessionFacts of(SessionInfo session, List<StoredEvent> events, Optional<Assessment> assessment, ZoneId zone) {
        Map<String, Double> results = new LinkedHashMap<>();
        Integer pain = null;
        boolean painMarkedBefore = false;
        for (StoredEvent e : events) {
            if (!JournalEntry.PROTOCOL.equals(e.origin())) {
                continue;
            }
            if (STEP_RESULT.equals(e.type()) && !Double.isNaN(e.value()) && e.value() >= 0 && e.value() <= 1) {
                results.put(e.source(), e.value());
            } else if (PAIN_NRS.equals(e.type()) && e.value() >= 0 && e.value() <= 10
                    && (pain == null || BEFORE.equals(e.detail()) && !painMarkedBefore)) {
                pain = (int) Math.round(e.value());
                painMarkedBefore = BEFORE.equals(e.detail());
            }
        }
        if (pain == null && assessment.isPresent() && assessment.get().painBefore().isPresent()) {
            pain = assessment.get().painBefore().getAsInt();
        }
        LocalDate date = java.time.Instant.ofEpochMilli(session.startEpochMillis()).atZone(zone).toLocalDate();
        return new SessionFacts(session.id(), date, session.protocolId(), results, pain);
    }
}
