package org.myofuse.fusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionJournal;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.fusion.osgi.FusionConfig;

/**
 * The live fusion of one host: always one run (a fresh {@link FusionEngine} on its own bus
 * subscription, named {@value #CONSUMER_NAME}) whose frames and events go to the listeners. A session
 * beginning ends the run going on and starts one for the session, whose events are also written to
 * the session's journal as they go out; the session ending ends that run and starts one for the time
 * until the next session. Without a store no session ever begins, and one run lasts as long as this
 * object. Within a run, devices come and go: the engine gives back what a closed stream held, and once
 * every stream has closed (the bus is idle) the next stream begins a new timeline (see
 * {@link FusionEngine}). So nothing the engine holds grows with the length of the day.
 *
 * <p>Frames and events reach the listeners from the run's dispatch thread, and, when a run ends, its
 * last events from the thread that ended it, after that dispatch thread has stopped: one at a time,
 * never two runs at once. Blocks published while one run ends and the next subscribes are seen by
 * neither.
 *
 * <p>Thread-safe: session calls, listeners and the journal may change from any thread. Session calls
 * subscribe and unsubscribe (allocation, a thread start and stop, at most a few ms).
 */
public final class LiveFusion implements AutoCloseable {

    /** The bus consumer name of every run. */
    public static final String CONSUMER_NAME = "fusion";
    /** Ring slots per stream of every run: ten seconds of 100 blocks per second. */
    public static final int RING_SLOTS = 1024;

    private static final Logger LOG = Logger.getLogger(LiveFusion.class.getName());

    private final FusionConfig config;
    private final StreamBus bus;
    private final List<FusionListener> listeners = new ArrayList<>();
    private volatile SessionJournal journal;
    private LiveRun run;
    /** {@link #run} for the calibration calls, which take no lock. */
    private volatile LiveRun current;

    /**
     * Starts the first run, between sessions.
     *
     * @throws IllegalArgumentException when the configuration is invalid; one line
     */
    public LiveFusion(FusionConfig config, StreamBus bus) {
        this.config = Objects.requireNonNull(config, "config");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.run = start(null);
        this.current = run;
    }

    /** Adds a listener; it gets the current run's frames and events from now on, and every later run's. */
    public synchronized void addListener(FusionListener listener) {
        listeners.add(listener);
        if (run != null) {
            run.engine().addListener(listener);
        }
    }

    public synchronized void removeListener(FusionListener listener) {
        listeners.remove(listener);
        if (run != null) {
            run.engine().removeListener(listener);
        }
    }

    /** The journal events of a recording session go to; null while there is none (they are then not written). */
    public void setJournal(SessionJournal journal) {
        this.journal = journal;
    }

    /** Forgets {@code journal} if it is the one in use. */
    public synchronized void unsetJournal(SessionJournal journal) {
        if (this.journal == journal) {
            this.journal = null;
        }
    }

    /** The session began recording: a fresh run for it. */
    public synchronized void sessionBegan(SessionInfo session) {
        if (run == null) {
            return;
        }
        run.end("session " + session.id() + " began", true);
        run = start(session.id());
        current = run;
    }

    /** The session ended: its run ends (its last events no longer go to its journal) and a run between sessions begins. */
    public synchronized void sessionEnded(SessionInfo session) {
        if (run == null) {
            return;
        }
        if (!session.id().equals(run.sessionId())) {
            LOG.fine(() -> "fusion: session " + session.id() + " ended but the live fusion runs for "
                    + (run.sessionId() == null ? "no session" : "session " + run.sessionId()) + "; nothing changes");
            return;
        }
        run.end("session " + session.id() + " ended", false);
        run = start(null);
        current = run;
    }

    /**
     * Asks the run going on for a channel's MVC (see {@link FusionEngine#requestMvc}); false when no such
     * channel is in it. Any thread; never blocks.
     */
    public boolean setMvc(String emgSource, double mvcUv) {
        LiveRun r = current;
        return r != null && r.engine().requestMvc(emgSource, mvcUv);
    }

    /** Asks the run going on for a force tool's tare; false when no such tool is in it. Any thread; never blocks. */
    public boolean tare(String device) {
        LiveRun r = current;
        return r != null && r.engine().requestTare(device);
    }

    /** The session the live fusion runs for now, or null between sessions. */
    public synchronized String sessionId() {
        return run == null ? null : run.sessionId();
    }

    /** Ends the run going on; no run starts after this. Idempotent. */
    @Override
    public synchronized void close() {
        if (run != null) {
            run.end("live fusion stopped", true);
            run = null;
            current = null;
        }
    }

    /** The run going on (for tests: its engine and subscription); null once closed. */
    synchronized LiveRun run() {
        return run;
    }

    private LiveRun start(String sessionId) {
        LiveRun next = new LiveRun(config, sessionId, () -> journal, listeners);
        next.start(bus, CONSUMER_NAME, RING_SLOTS);
        return next;
    }
}
