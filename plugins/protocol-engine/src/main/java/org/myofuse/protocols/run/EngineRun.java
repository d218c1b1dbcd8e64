package org.myofuse.protocols.run;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.protocol.ProtocolRun;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.StepState.Awaiting;
import org.myofuse.protocols.model.Protocol;

/**
 * A protocol run on its own engine thread ({@code myofuse-protocol-run}): fused frames and events come
 * in through a {@link FrameInbox} (the fusion's thread only copies and returns), the therapist's
 * controls through a queue, both applied in order on the engine thread by the {@link RunCore}.
 *
 * <p>Time: the session time of the frames. When none has come for {@value #IDLE_MILLIS} ms (no device
 * streams) the engine's time runs on with the wall clock from the last frame, so that waits, holds and
 * countdowns go on; it never goes back.
 *
 * <p>The controls answer from the state last published: a control that does not apply to it returns
 * false; one that applied to it but no longer applies when the engine thread comes to it (the step ended
 * meanwhile) is ignored there.
 */
final class EngineRun implements ProtocolRun {

    private static final Logger LOG = Logger.getLogger(EngineRun.class.getName());
    static final long IDLE_MILLIS = 200;
    private static final long PARK_NANOS = 20_000_000L;

    private final RunCore core;
    private final FrameInbox inbox;
    private final ConcurrentLinkedQueue<Consumer<RunCore>> controls = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile RunState state;
    private volatile boolean abortRequested;
    private long lastFrameWall;
    private long lastFrameNanos = Long.MIN_VALUE;

    EngineRun(Protocol protocol, String sessionId, RunOutput output, int inboxSlots) {
        this.inbox = new FrameInbox(inboxSlots);
        this.core = new RunCore(protocol, sessionId, new Publishing(output));
        this.thread = new Thread(this::loop, "myofuse-protocol-run");
        thread.setDaemon(true);
        inbox.consumer(thread);
    }

    /**
     * Starts the run at session time {@code at} on its thread, and returns once the run has started there
     * (its first state is known, the parameters are journaled, the listeners told).
     */
    void start(long at) {
        lastFrameWall = System.nanoTime();
        lastFrameNanos = at;
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        controls.add(c -> {
            try {
                c.start(at);
            } finally {
                started.countDown();
            }
        });
        thread.start();
        try {
            if (!started.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warning("protocol run: the engine thread took more than 10 s to start the run");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The fusion's thread: copies the frame and returns. */
    void frame(FusedFrame frame) {
        inbox.offer(frame);
    }

    /** The fusion's thread: queues the event and returns. */
    void event(TherapyEvent event) {
        inbox.offer(event);
    }

    private void loop() {
        try {
            while (!core.ended()) {
                boolean worked = applyControls();
                int s;
                while ((s = inbox.peek()) >= 0) {
                    if (inbox.kind[s] == FrameInbox.FRAME) {
                        lastFrameWall = System.nanoTime();
                        lastFrameNanos = inbox.nanos[s];
                        core.frame(inbox, s);
                    } else {
                        core.event(inbox.event[s]);
                    }
                    inbox.release();
                    worked = true;
                    if (!controls.isEmpty()) {
                        applyControls();
                    }
                }
                if (core.ended()) {
                    break;
                }
                long idle = System.nanoTime() - lastFrameWall;
                if (idle > IDLE_MILLIS * 1_000_000L && lastFrameNanos != Long.MIN_VALUE && core.state() != null) {
                    core.tick(lastFrameNanos + idle);
                }
                if (!worked) {
                    inbox.await(PARK_NANOS);
                }
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "protocol run failed: " + e, e);
            try {
                core.abort("the protocol engine failed: " + e);
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "protocol run could not record its abort", again);
            }
        } finally {
            if (inbox.dropped() > 0) {
                LOG.info("protocol run: " + inbox.dropped() + " fused frames or events were dropped (the engine thread was behind)");
            }
        }
    }

    private boolean applyControls() {
        boolean any = false;
        Consumer<RunCore> c;
        while ((c = controls.poll()) != null) {
            any = true;
            c.accept(core);
        }
        return any;
    }

    private boolean control(boolean applies, Consumer<RunCore> c) {
        if (!applies) {
            return false;
        }
        controls.add(c);
        inbox.nudge();
        return true;
    }

    @Override
    public RunState state() {
        return state;
    }

    private boolean is(RunState.Status status) {
        RunState s = state;
        return s != null && s.status() == status;
    }

    @Override
    public boolean pause() {
        return control(is(RunState.Status.RUNNING), RunCore::pause);
    }

    @Override
    public boolean resume() {
        return control(is(RunState.Status.PAUSED), RunCore::resume);
    }

    @Override
    public boolean skip() {
        RunState s = state;
        int index = s == null ? -1 : s.step().index();
        return control(s != null && !s.ended(), c -> {
            if (c.state().step().index() == index) {
                c.skip();
            }
        });
    }

    @Override
    public boolean repeat() {
        RunState s = state;
        return control(s != null && !s.ended(), RunCore::repeat);
    }

    @Override
    public boolean confirm() {
        RunState s = state;
        return control(s != null && s.status() == RunState.Status.RUNNING
                && s.step().awaiting() == Awaiting.CONFIRMATION, RunCore::confirm);
    }

    @Override
    public boolean enterPain(int nrs) {
        if (nrs < 0 || nrs > 10) {
            throw new IllegalArgumentException("pain score must be 0-10, was " + nrs);
        }
        RunState s = state;
        return control(s != null && s.status() == RunState.Status.RUNNING
                && s.step().awaiting() == Awaiting.PAIN_SCORE, c -> c.enterPain(nrs));
    }

    @Override
    public void abort(String reason) {
        if (abortRequested) {
            return;
        }
        abortRequested = true;
        controls.add(c -> c.abort(reason));
        inbox.nudge();
    }

    /** Waits for the engine thread to end (tests, deactivation). */
    boolean join(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    /** Keeps {@link #state} current before the listeners hear of a change. */
    private final class Publishing implements RunOutput {
        private final RunOutput out;

        Publishing(RunOutput out) {
            this.out = out;
        }

        @Override
        public void journal(org.myofuse.api.store.JournalEntry entry) {
            out.journal(entry);
        }

        @Override
        public void runStarted(RunState s) {
            state = s;
            out.runStarted(s);
        }

        @Override
        public void stepChanged(RunState s) {
            state = s;
            out.stepChanged(s);
        }

        @Override
        public void progressed(RunState s) {
            state = s;
            out.progressed(s);
        }

        @Override
        public void cue(org.myofuse.api.protocol.Cue cue) {
            out.cue(cue);
        }

        @Override
        public void runEnded(RunState s) {
            state = s;
            out.runEnded(s);
        }

        @Override
        public void assessed(String moment, int nrs) {
            out.assessed(moment, nrs);
        }

        @Override
        public boolean setMvc(String emgSource, double mvcUv) {
            return out.setMvc(emgSource, mvcUv);
        }

        @Override
        public String tare() {
            return out.tare();
        }
    }
}
