package org.myofuse.api.store;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.stream.StreamConsumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reviewing a stored session after the fact: playing its raw streams back into an analysis, keeping
 * the analysis's result (summary and events), and the clinical assessments that go with the session.
 * Thread-safe; every method does database I/O on the calling thread and may block.
 */
@ProviderType
public interface SessionReview {

    /**
     * Plays a session's stored raw streams into {@code consumer} on the calling thread, as the bus
     * delivered them: all streams opened, blocks merged in recorded arrival order, a GAP block where
     * samples are missing, each stream closed with its recorded reason. Two replays of one session
     * make identical calls. Never changes the stored data.
     *
     * @throws StoreException unknown session, a session without stored streams, unreadable data; one line
     */
    void replay(String sessionId, StreamConsumer consumer, SessionTransfer.Progress progress) throws StoreException;

    /**
     * Stores the result of analysing a session, in one transaction: the summary document
     * (docs/summary.md) and the events found, replacing those of an earlier analysis. Events
     * recorded during the session or imported are kept.
     */
    void saveAnalysis(String sessionId, String summaryJson, List<TherapyEvent> events) throws StoreException;

    /** The stored summary document, if the session was analysed. */
    Optional<String> summaryJson(String sessionId) throws StoreException;

    /** Every stored event of the session (recorded, imported and analysed), in time order. */
    List<StoredEvent> events(String sessionId) throws StoreException;

    /**
     * Records pain scores; a score given replaces the earlier one, a score not given is kept.
     *
     * @return the assessment as now stored
     * @throws StoreException unknown session, or a score outside 0-10; one line
     */
    Assessment assess(String sessionId, OptionalInt painBefore, OptionalInt painAfter) throws StoreException;

    /** The session's assessment, if any score was recorded. */
    Optional<Assessment> assessment(String sessionId) throws StoreException;

    /** Descriptions of the devices the session recorded, one line each ("sim-emg: Myofuse Simulated EMG, 8 channels at 2000 Hz"). */
    List<String> deviceLines(String sessionId) throws StoreException;
}
