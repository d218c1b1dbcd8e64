package org.myofuse.commands;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.ProtocolEngine;
import org.myofuse.api.protocol.ProtocolException;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.api.protocol.ProtocolListener;
import org.myofuse.api.protocol.ProtocolRegistry;
import org.myofuse.api.protocol.ProtocolRun;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.store.SessionInfo;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * The protocol part of {@code myofuse run --protocol ID}: the protocol is looked up in the
 * {@link ProtocolRegistry} before the session begins ({@link #check}); once the session has begun and
 * its devices stream, {@link ProtocolEngine#start} runs it in the session ({@link #start}). The run is
 * followed as a {@link ProtocolListener} for this session only, registered just before the start: each
 * step change, change of a step's count and cue becomes a {@link Line}, the end an {@link Ended}, handed
 * to the command thread through {@code inbox} (the listener only queues: it runs on the engine's thread).
 *
 * <p>The command thread calls everything else: {@link #abort} to end a run that is still going (the
 * run's duration is over, a device failed, the run was stopped), {@link #close} at the end.
 */
final class RunProtocol implements ProtocolListener {

    /** A line to print, stamped with the session time it is about. */
    record Line(long sessionNanos, String text) {
    }

    /** The protocol run ended. */
    record Ended(RunState state) {
    }

    private final ProtocolInfo info;
    private final BundleContext context;
    private final Consumer<Object> inbox;
    private ServiceRegistration<ProtocolListener> registration;
    private ServiceReference<ProtocolEngine> engineReference;
    private volatile String sessionId;
    private volatile ProtocolRun run;
    private volatile boolean ended;
    /** The step line printed last (engine thread only): a change of count, status or wait prints a new one. */
    private String lastStep = "";

    /** @param context the commands bundle's context; {@code inbox} receives {@link Line}s and the {@link Ended} */
    RunProtocol(ProtocolInfo info, BundleContext context, Consumer<Object> inbox) {
        this.info = info;
        this.context = context;
        this.inbox = inbox;
    }

    /**
     * The installed protocol {@code protocolId}, checked before anything is stored.
     *
     * @throws CommandFailure one line: no protocol engine installed, or no such protocol (naming those installed)
     */
    static RunProtocol check(String protocolId, BundleContext context, Consumer<Object> inbox) throws CommandFailure {
        ServiceReference<ProtocolRegistry> reference = StoreAccess.awaitQuietly(
                () -> context.getServiceReference(ProtocolRegistry.class));
        ProtocolRegistry registry = reference == null ? null : context.getService(reference);
        if (registry == null || context.getServiceReference(ProtocolEngine.class) == null) {
            throw new CommandFailure("cannot run protocol " + protocolId + ": no protocol engine is installed "
                    + "(bundle org.myofuse.protocol-engine not installed or not active)");
        }
        try {
            Optional<ProtocolInfo> info = registry.protocol(protocolId);
            if (info.isEmpty()) {
                List<ProtocolInfo> installed = registry.protocols();
                throw new CommandFailure("unknown protocol " + protocolId + (installed.isEmpty() ? " (none is installed)"
                        : " (installed: " + installed.stream().map(ProtocolInfo::id).collect(Collectors.joining(", "))
                                + ")"));
            }
            return new RunProtocol(info.get(), context, inbox);
        } finally {
            context.ungetService(reference);
        }
    }

    /** The protocol as the registry has it. */
    ProtocolInfo info() {
        return info;
    }

    /**
     * Runs the protocol in {@code session}, which is recording.
     *
     * @throws CommandFailure one line when the engine went away or refuses to start it
     */
    void start(SessionInfo session) throws CommandFailure {
        follow(session.id());
        registration = context.registerService(ProtocolListener.class, this, null);
        engineReference = context.getServiceReference(ProtocolEngine.class);
        ProtocolEngine engine = engineReference == null ? null : context.getService(engineReference);
        if (engine == null) {
            throw new CommandFailure("cannot run protocol " + info.id() + ": the protocol engine went away");
        }
        try {
            run = engine.start(info.id(), session);
        } catch (ProtocolException | RuntimeException e) {
            throw new CommandFailure("cannot run protocol " + info.id() + ": " + e.getMessage());
        }
    }

    /** From now on, the events of a run in session {@code id} are this run's. */
    void follow(String id) {
        sessionId = id;
    }

    /** True once the run was started and has not ended yet. */
    boolean running() {
        return run != null && !ended;
    }

    /** Ends a run that is still going, recording {@code reason}; nothing when it has ended. */
    void abort(String reason) {
        ProtocolRun r = run;
        if (r != null && !ended) {
            r.abort(reason);
        }
    }

    /** Stops following the run and lets go of the engine. Idempotent. */
    void close() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
            registration = null;
        }
        if (engineReference != null) {
            try {
                context.ungetService(engineReference);
            } catch (IllegalStateException e) {
                // the bundle context is no longer valid: the host is stopping
            }
            engineReference = null;
        }
    }

    @Override
    public void runStarted(RunState state) {
        step(state, state.step().startedNanos());
    }

    @Override
    public void stepChanged(RunState state) {
        step(state, state.step().startedNanos());
    }

    @Override
    public void progressed(RunState state) {
        step(state, -1);
    }

    @Override
    public void cue(Cue cue) {
        if (ours(cue)) {
            inbox.accept(new Line(cue.sessionNanos(), ProtocolLines.cue(cue)));
        }
    }

    @Override
    public void runEnded(RunState state) {
        if (ours(state)) {
            ended = true;
            inbox.accept(new Ended(state));
        }
    }

    /** A step line when what it says changed; {@code atNanos} -1 for "now". */
    private void step(RunState state, long atNanos) {
        if (!ours(state) || state.ended()) {
            return;
        }
        String line = ProtocolLines.step(state);
        StepState s = state.step();
        String key = s.index() + "@" + s.startedNanos() + " " + line;
        if (!key.equals(lastStep)) {
            lastStep = key;
            inbox.accept(new Line(atNanos, line));
        }
    }

    private boolean ours(RunState state) {
        return state.sessionId().equals(sessionId) && state.protocolId().equals(info.id());
    }

    /**
     * A cue names no session: the engine runs one protocol at a time, so while this run is going (from
     * just before its start, whose first cues may come before start returns) every cue is this run's.
     */
    private boolean ours(Cue cue) {
        return sessionId != null && !ended;
    }
}
