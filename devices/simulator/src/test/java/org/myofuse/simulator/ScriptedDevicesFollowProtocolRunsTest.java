package org.myofuse.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.ProtocolEngine;
import org.myofuse.api.protocol.ProtocolRun;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.Severity;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.StepType;
import org.myofuse.api.protocol.Target;
import org.myofuse.api.protocol.Tone;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.simulator.emg.SimEmgDriver;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.iastm.SimIastmDriver;
import org.myofuse.simulator.mat.SimMatDriver;
import org.myofuse.simulator.script.ProtocolFollower;
import org.myofuse.simulator.testing.RecordingConsumer;

/**
 * Simulated devices configured {@code scripted=true} on the runtime's real device manager and bus,
 * following protocol runs through the bundle's {@link ProtocolFollower} as the OSGi component does. The
 * protocol engine is another bundle; here its place is taken by a run that records the therapist's
 * controls, and the events are given to the follower as the engine would give them.
 */
class ScriptedDevicesFollowProtocolRunsTest {

    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(20))
            .atMost(Duration.ofSeconds(15));

    private StandaloneHost host;
    private ProtocolFollower follower;
    private RecordingConsumer consumer;
    private final RecordingRun run = new RecordingRun();

    @BeforeEach
    void startHost() {
        host = StandaloneRuntime.load().startHost();
        follower = new ProtocolFollower(host.clock());
        follower.bindEngine(new ProtocolEngine() {
            @Override
            public ProtocolRun start(String protocolId, SessionInfo session) {
                throw new UnsupportedOperationException("runs are begun by the test");
            }

            @Override
            public Optional<ProtocolRun> current() {
                return Optional.of(run);
            }
        });
        consumer = new RecordingConsumer();
        host.bus().subscribe("test-recorder", consumer, 4096);
        host.addDriver(new SimIastmDriver(follower));
        host.addDriver(new SimEmgDriver(follower));
        host.addDriver(new SimMatDriver(follower));
    }

    @AfterEach
    void stopHost() {
        host.close();
        follower.close();
    }

    @Test
    void theScriptedToolRestsUntilAReleaseBeginsThenStrokesAndIsLiftedWhenTheRunEnds() throws Exception {
        String tool = host.deviceManager().addDevice(DeviceRequest.parse("sim-iastm?scripted=true&noiseN=0"));
        WAIT.alias("the tool streaming").until(() -> state(tool) == DeviceState.STREAMING);
        pause(1000);
        assertTrue(peakForce(0) < 0.5, "no strokes before a run: " + peakForce(0) + " N");
        long begun = host.clock().nanos();
        StepState release = step(StepType.RELEASE, begun, StepState.Awaiting.NOTHING,
                new Target("normalForce", 4, 8, 12, "N", "pressure"));
        follower.runStarted(run.now(RunState.Status.RUNNING, release));
        WAIT.alias("a stroke").until(() -> peakForce(begun) > 4);
        assertTrue(peakForce(0) < 12, "under the limit");
        long ended = host.clock().nanos();
        follower.runEnded(run.now(RunState.Status.COMPLETED, release));
        pause(3000);
        assertTrue(peakForce(ended + 2_500_000_000L) < 0.5, "the tool is lifted once the run ended");
    }

    @Test
    void theScriptedTherapistEntersThePainScoreAndConfirmsThroughTheEngine() throws Exception {
        String emg = host.deviceManager().addDevice(DeviceRequest.parse("sim-emg?scripted=true"));
        WAIT.alias("the amplifier streaming").until(() -> state(emg) == DeviceState.STREAMING);
        StepState pain = step(StepType.ASSESSMENT, host.clock().nanos(), StepState.Awaiting.PAIN_SCORE);
        follower.runStarted(run.now(RunState.Status.RUNNING, pain));
        WAIT.alias("a pain score").until(() -> run.pain.size() == 1);
        assertTrue(run.pain.get(0) >= 5 && run.pain.get(0) <= 7, "baseline pain " + run.pain);
        StepState release = step(StepType.RELEASE, host.clock().nanos(), StepState.Awaiting.CONFIRMATION);
        follower.stepChanged(run.now(RunState.Status.RUNNING, release));
        follower.cue(new Cue(host.clock().nanos(), release.id(), Severity.INFO, "confirm.ask", "Confirm when ready",
                "#0072B2", Tone.NONE));
        WAIT.alias("a confirmation").until(() -> run.confirmations.size() == 1);
        assertEquals(List.of(release.id()), run.confirmations);
    }

    @Test
    void withoutAScriptedDeviceTheTherapistLeavesTheRunAlone() throws Exception {
        host.deviceManager().addDevice(DeviceRequest.parse("sim-emg"));
        follower.runStarted(run.now(RunState.Status.RUNNING,
                step(StepType.ASSESSMENT, host.clock().nanos(), StepState.Awaiting.PAIN_SCORE)));
        pause(4000);
        assertEquals(List.of(), run.pain);
    }

    @Test
    void aDriverWithoutTheFollowerRefusesAScriptedDeviceInOneLine() {
        try (StandaloneHost plain = StandaloneRuntime.load().startHost()) {
            plain.addDriver(new SimEmgDriver());
            var e = assertThrows(DeviceException.class,
                    () -> plain.deviceManager().addDevice(DeviceRequest.parse("sim-emg?scripted=true")));
            assertTrue(e.getMessage().contains("scripted true"), e.getMessage());
            assertEquals(List.of(), plain.deviceManager().devices());
        }
    }

    private DeviceState state(String id) {
        return host.deviceManager().device(id).map(d -> d.state()).orElse(DeviceState.STOPPED);
    }

    /** The highest normal force the tool sent in blocks that arrived after {@code sinceNanos}. */
    private double peakForce(long sinceNanos) {
        double peak = 0;
        for (RecordingConsumer.Block b : consumer.blocks()) {
            if (b.arrivalNanos() < sinceNanos || b.samples().length % 3 != 0 || b.frames() == 0
                    || b.samples().length / b.frames() != 3) {
                continue;
            }
            for (int f = 0; f < b.frames(); f++) {
                peak = Math.max(peak, b.samples()[f * 3 + IastmSignal.FZ]);
            }
        }
        return peak;
    }

    private static StepState step(StepType type, long startedNanos, StepState.Awaiting awaiting, Target... targets) {
        return new StepState(0, 2, "step-" + type + "-" + startedNanos, type, type.toString(), "", List.of(targets),
                startedNanos, Double.NaN, 0, 0, awaiting);
    }

    private static void pause(long millis) {
        LockSupport.parkNanos(millis * 1_000_000L);
    }

    /** The run the engine would have going: its state as the test last announced it, the controls given. */
    private static final class RecordingRun implements ProtocolRun {

        final List<Integer> pain = new CopyOnWriteArrayList<>();
        final List<String> confirmations = new CopyOnWriteArrayList<>();
        private volatile RunState state;

        RunState now(RunState.Status status, StepState step) {
            state = new RunState("lumbar", "1.0.0", "S-1", status, step,
                    status == RunState.Status.COMPLETED ? "completed" : "");
            return state;
        }

        @Override
        public RunState state() {
            return state;
        }

        @Override
        public boolean pause() {
            return false;
        }

        @Override
        public boolean resume() {
            return false;
        }

        @Override
        public boolean skip() {
            return false;
        }

        @Override
        public boolean repeat() {
            return false;
        }

        @Override
        public boolean confirm() {
            confirmations.add(state.step().id());
            return true;
        }

        @Override
        public boolean enterPain(int nrs) {
            pain.add(nrs);
            return true;
        }

        @Override
        public void abort(String reason) {
        }
    }
}
