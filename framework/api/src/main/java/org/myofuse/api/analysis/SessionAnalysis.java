package org.myofuse.api.analysis;

import java.util.List;

import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.stream.StreamConsumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One analysis of one recorded session. Feed it, from one thread, the session's streams exactly as
 * they were recorded: {@link #onStreamOpened} for each stream, the blocks (gap blocks included) in
 * recorded arrival order through {@link #onEvent}, {@link #onStreamClosed} for each stream; then call
 * {@link #finish()}. The same blocks in the same order always give the same summary, events and
 * traces, bit for bit.
 *
 * <p><b>Lifecycle:</b> feeding, then {@code finish()}, then {@link #events()} and {@link #traces()}.
 * {@code finish()} treats streams that were never closed as ended where their data ends (a recording
 * cut short); after it, further stream callbacks throw {@link IllegalStateException}.
 * {@code events()} and {@code traces()} throw {@link IllegalStateException} before {@code finish()}.
 *
 * <p><b>Threading:</b> not thread-safe. One thread feeds and finishes; the results are immutable
 * (traces hold arrays that callers must not modify) and may be handed to other threads after
 * {@code finish()} returned.
 */
@ProviderType
public interface SessionAnalysis extends StreamConsumer {

    /** Ends the analysis and returns the summary; idempotent (later calls return the same object). */
    SessionSummary finish();

    /** Every event of the session, in time order (ties in a fixed order of source, type and detail). */
    List<TherapyEvent> events();

    /** The fused frames and derived data for charts. */
    AnalysisTraces traces();
}
