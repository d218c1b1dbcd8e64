package org.myofuse.api.report;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told how the analyses a report needs advance, so that a caller can show progress: a report of a long
 * session replays minutes of raw data first. Called on the thread that asked for the report, in order:
 * {@link #analysing} once per session analysed, then {@link #progress} any number of times, then
 * {@link #analysed} (also when the analysis failed).
 *
 * @since 1.2
 */
@ConsumerType
public interface AnalysisProgress {

    /** Shows nothing. */
    AnalysisProgress NONE = (sessionId, done, total) -> { };

    /** The analysis of {@code sessionId} begins. */
    default void analysing(String sessionId) {
    }

    /** {@code done} of {@code total} recorded frames, summed over the session's streams, were replayed. */
    void progress(String sessionId, long done, long total);

    /** The analysis of {@code sessionId} has ended, completed or failed. */
    default void analysed(String sessionId) {
    }
}
