package org.myofuse.simulator.script;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.ProtocolEngine;
import org.myofuse.api.protocol.ProtocolListener;
import org.myofuse.api.protocol.ProtocolRun;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.lib.simulation.script.Script;
import org.myofuse.lib.simulation.script.ScriptedSession;
import org.myofuse.lib.simulation.script.TherapistAction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The simulator bundle's scripted therapist and patient: follows protocol runs (a
 * {@link ProtocolListener} on the engine's thread) and keeps the {@link Script} that the simulated
 * devices configured {@code scripted=true} play, one script for all of them so that tool, amplifier and
 * mat act out one treatment. The therapist's part towards the engine - confirming a step, entering the
 * patient's pain score - is done through {@link ProtocolEngine#current()} on the bundle's own
 * {@code sim-therapist} thread, at the time the script planned it, and only while a scripted device is
 * connected and the step it was meant for is still going on and still waits for it.
 *
 * <p>The script's seed is the scenario seed of the scripted devices connected when a run starts (the
 * lowest, should they differ), else the devices' default: a run followed with the same seed and the
 * same protocol events plays the same.
 *
 * <p>Thread-safe: the listener calls come from the engine's thread one at a time; devices join, leave
 * and read the script from their own threads.
 */
@Component(service = {ProtocolListener.class, ProtocolFollower.class})
public final class ProtocolFollower implements ProtocolListener {

    private static final System.Logger LOG = System.getLogger(ProtocolFollower.class.getName());

    private final SessionClock clock;
    private final Map<String, Long> devices = new TreeMap<>();
    private final ScheduledExecutorService therapist;
    private volatile ProtocolEngine engine;
    private volatile ScriptedSession session;

    @Activate
    public ProtocolFollower(@Reference SessionClock clock) {
        this.clock = clock;
        var executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "sim-therapist");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.therapist = executor;
    }

    @Deactivate
    public void close() {
        therapist.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindEngine(ProtocolEngine engine) {
        this.engine = engine;
    }

    public void unbindEngine(ProtocolEngine engine) {
        if (this.engine == engine) {
            this.engine = null;
        }
    }

    /** What the scripted therapist and patient do: rest until a run is followed. Any thread; allocates nothing. */
    public Script script() {
        ScriptedSession s = session;
        return s == null ? Script.IDLE : s.script();
    }

    /**
     * Refuses {@code scripted=true} where there is no follower (a driver made outside OSGi).
     *
     * @throws IllegalArgumentException one line
     */
    public static void check(boolean scripted, ProtocolFollower follower) {
        if (scripted && follower == null) {
            throw new IllegalArgumentException("scripted true: the scripted therapist and patient follow protocol runs "
                    + "inside the host; this driver was made without them");
        }
    }

    /** A scripted device connected; {@code scenarioSeed} is its scenario seed. */
    public synchronized void join(String deviceId, long scenarioSeed) {
        devices.put(deviceId, scenarioSeed);
    }

    /** A scripted device went away. */
    public synchronized void leave(String deviceId) {
        devices.remove(deviceId);
    }

    @Override
    public synchronized void runStarted(RunState state) {
        long seed = devices.values().stream().min(Long::compare).orElse(ScenarioSettings.typical().seed());
        ScriptedSession s = new ScriptedSession(seed);
        session = s;
        perform(s.runStarted(state));
    }

    @Override
    public synchronized void stepChanged(RunState state) {
        perform(current().stepChanged(state, clock.nanos()));
    }

    @Override
    public synchronized void progressed(RunState state) {
        perform(current().progressed(state, clock.nanos()));
    }

    @Override
    public synchronized void cue(Cue cue) {
        ScriptedSession s = session;
        if (s != null) {
            perform(s.cue(cue));
        }
    }

    @Override
    public synchronized void runEnded(RunState state) {
        ScriptedSession s = session;
        if (s != null) {
            s.runEnded(state, clock.nanos());
        }
    }

    /** The session following the run; one begun now if the run started before this follower came. */
    private ScriptedSession current() {
        ScriptedSession s = session;
        if (s == null) {
            s = new ScriptedSession(devices.values().stream().min(Long::compare)
                    .orElse(ScenarioSettings.typical().seed()));
            session = s;
        }
        return s;
    }

    private void perform(List<TherapistAction> actions) {
        for (TherapistAction action : actions) {
            long delay = Math.max(0, action.atNanos() - clock.nanos());
            try {
                therapist.schedule(() -> act(action), delay, TimeUnit.NANOSECONDS);
            } catch (RuntimeException e) {
                return; // shut down: the bundle is stopping
            }
        }
    }

    /** Confirms or enters the pain score if a scripted device takes part and the step still waits for it. */
    private void act(TherapistAction action) {
        synchronized (this) {
            if (devices.isEmpty()) {
                return;
            }
        }
        Optional<ProtocolRun> run = Optional.ofNullable(engine).flatMap(ProtocolEngine::current);
        if (run.isEmpty()) {
            return;
        }
        try {
            StepState step = run.get().state().step();
            if (step.index() != action.stepIndex() || step.startedNanos() != action.stepStartedNanos()
                    || !step.id().equals(action.stepId())) {
                return;
            }
            switch (action.kind()) {
                case CONFIRM -> {
                    if (step.awaiting() == StepState.Awaiting.CONFIRMATION) {
                        run.get().confirm();
                    }
                }
                case PAIN -> {
                    if (step.awaiting() == StepState.Awaiting.PAIN_SCORE) {
                        run.get().enterPain(action.painNrs());
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scripted therapist: " + action + " failed: " + e, e);
        }
    }
}
