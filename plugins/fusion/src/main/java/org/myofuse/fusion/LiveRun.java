package org.myofuse.fusion;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.store.SessionJournal;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;
import org.myofuse.fusion.osgi.FusionConfig;

/**
 * One run of the live fusion: a fresh {@link FusionEngine} on a bus subscription of its own, for one
 * recording session (its events also go to the session's journal) or for the time between sessions.
 *
 * <p>The engine runs on the subscription's dispatch thread. {@link #end} stops the subscription,
 * then lets the engine finish on the calling thread: the frames run to the end of the data it got
 * and its pending events go out. Each callback holds a lock {@link #end} takes too, so the two never
 * overlap even if a callback outlives the subscription's stop timeout; uncontended, the lock costs
 * no allocation.
 */
final class LiveRun implements StreamConsumer {

    private static final Logger LOG = Logger.getLogger(LiveRun.class.getName());
    /** How long {@link #end} waits for a callback still in progress after the subscription stopped. */
    private static final long END_WAIT_MILLIS = 1_000;

    private final FusionEngine engine;
    private final JournalWriter journal;
    private final ReentrantLock lock = new ReentrantLock();
    private Subscription subscription;
    private boolean ended;
    private volatile int openStreams;

    /**
     * @param sessionId the session recording now, or null between sessions
     * @param journals  the session journal now (null while there is none); asked per event
     */
    LiveRun(FusionConfig config, String sessionId, Supplier<SessionJournal> journals, List<FusionListener> listeners) {
        this.engine = new FusionEngine(config);
        listeners.forEach(engine::addListener);
        this.journal = sessionId == null ? null : new JournalWriter(sessionId, journals);
        if (journal != null) {
            engine.addListener(journal);
            engine.calibrationSink(journal::calibrated);
        }
    }

    /** Subscribes to {@code bus}: the open streams come first, then their blocks from now on. */
    void start(StreamBus bus, String name, int ringSlots) {
        subscription = bus.subscribe(name, this, ringSlots);
    }

    /** The session this run belongs to, or null. */
    String sessionId() {
        return journal == null ? null : journal.sessionId();
    }

    FusionEngine engine() {
        return engine;
    }

    Subscription subscription() {
        return subscription;
    }

    /** Streams this run has been told of and not yet seen close (for diagnostics and tests). */
    int openStreams() {
        return openStreams;
    }

    /**
     * Stops the run: the subscription closes (blocks still in its ring are not processed), the engine
     * ends its streams with {@code reason}, and its pending events go out on this thread.
     *
     * @param journalOpen whether the session still records, so that the last events may still be
     *                    written to its journal; false once it has ended
     */
    void end(String reason, boolean journalOpen) {
        if (journal != null && !journalOpen) {
            journal.stop();
        }
        if (subscription != null) {
            subscription.close();
        }
        boolean locked = false;
        try {
            locked = lock.tryLock(END_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!locked) {
            LOG.warning(() -> "fusion: a listener still holds the run of " + describe() + " after the subscription stopped;"
                    + " its last events are not delivered");
            return;
        }
        try {
            ended = true;
            engine.end(reason);
        } finally {
            lock.unlock();
        }
        if (journal != null && journal.lost() > 0) {
            LOG.info(() -> "fusion: " + journal.lost() + " of " + (journal.lost() + journal.written()) + " live events of session "
                    + journal.sessionId() + " were not written to its journal (no journal, or the session was no longer recording)");
        }
    }

    private String describe() {
        return journal == null ? "the time between sessions" : "session " + journal.sessionId();
    }

    @Override
    public void onStreamOpened(StreamInfo stream) {
        lock.lock();
        try {
            if (!ended) {
                engine.onStreamOpened(stream);
                openStreams++;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
        lock.lock();
        try {
            if (!ended) {
                engine.onEvent(block, sequence, endOfBatch);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onStreamClosed(StreamInfo stream, String reason) {
        lock.lock();
        try {
            if (!ended) {
                engine.onStreamClosed(stream, reason);
                openStreams--;
            }
        } finally {
            lock.unlock();
        }
    }
}
