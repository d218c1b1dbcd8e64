package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.simulator.core.FrameSignal;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.lib.simulation.TherapyScenario;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;

/**
 * The engine as a real consumer on the runtime's stream bus, on its own dispatch thread, with the three
 * simulator generators publishing in real time from their own threads with arrival times from the
 * real session clock: what a live session does, minus OSGi and the device manager.
 */
class FusionOnTheStreamBusTest {

    private static final double SECONDS = 7;
    private static final ScenarioSettings SCENARIO = new ScenarioSettings(5, 1, 5, 8);

    private record Device(String id, DeviceDescriptor descriptor, FrameSignal signal, int blockFrames) {
    }

    /** Collects frames and events; the engine calls it from the bus's dispatch thread, the test reads after the closes. */
    private static final class Collector implements FusionListener {
        final List<long[]> frameTimes = new ArrayList<>();
        final List<Boolean> complete = new ArrayList<>();
        final List<TherapyEvent> events = new ArrayList<>();

        @Override
        public synchronized void onFrame(FusedFrame f) {
            frameTimes.add(new long[] {f.sessionNanos()});
            complete.add(!Double.isNaN(f.normalForceN()) && !Double.isNaN(f.copXmm()) && f.emgChannels() == 8
                    && !Double.isNaN(f.emgEnvelope(3)));
        }

        @Override
        public synchronized void onEvent(TherapyEvent e) {
            events.add(e);
        }
    }

    @Test
    void shouldFuseLiveStreamsIntoFramesAt100HzAndStrokeEvents() throws Exception {
        var clock = new MonotonicSessionClock();
        var engine = new FusionEngine(SimulatedSession.config(Map.of()));
        var collector = new Collector();
        engine.addListener(collector);
        var closed = new CountDownLatch(3);
        long start;
        List<Device> devices = List.of(
                new Device("sim-iastm-1", new DeviceDescriptor("sim-iastm", "Myofuse", "t", "1", "1", IastmSignal.CHANNELS, null),
                        new IastmSignal(new IastmSettings(SCENARIO, 3, 0.3, 0.05, 0.02)), 10),
                new Device("sim-emg-1", new DeviceDescriptor("sim-emg", "Myofuse", "e", "1", "1", EmgSignal.CHANNELS, null),
                        new EmgSignal(new EmgSettings(SCENARIO, 1, 4, 1.5, 50, 8, 2, 40, 7, 25, 120)), 20),
                new Device("sim-mat-1", new DeviceDescriptor("sim-mat", "Myofuse", "m", "1", "1", MatSignal.CHANNELS, Posture.SUPINE.grid()),
                        new MatSignal(new MatSettings(SCENARIO, 1, Posture.SUPINE, 70, 4, 30, 15, 8, 20, 0.2)), 1));
        try (var bus = new RingStreamBus(clock)) {
            Subscription subscription = bus.subscribe("fusion", new StreamConsumer() {
                @Override
                public void onStreamOpened(StreamInfo stream) {
                    engine.onStreamOpened(stream);
                }

                @Override
                public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
                    engine.onEvent(block, sequence, endOfBatch);
                }

                @Override
                public void onStreamClosed(StreamInfo stream, String reason) {
                    engine.onStreamClosed(stream, reason);
                    closed.countDown();
                }
            }, 1024);
            List<SamplePublisher> publishers = new ArrayList<>();
            for (Device d : devices) {
                publishers.add(bus.openStream(d.id, d.descriptor, d.blockFrames));
            }
            start = clock.nanos() + 20_000_000L;
            long origin = start;
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < devices.size(); i++) {
                Device d = devices.get(i);
                SamplePublisher p = publishers.get(i);
                Thread t = new Thread(() -> stream(d, p, clock, origin, bus), d.id);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join(30_000);
            }
            assertTrue(closed.await(10, TimeUnit.SECONDS), "every stream closed at the consumer");
            assertEquals(0, subscription.droppedBlocks(), "fusion kept up");
        }
        synchronized (collector) {
            List<long[]> times = collector.frameTimes;
            assertTrue(times.size() >= 0.97 * SECONDS * 100 && times.size() <= SECONDS * 100 + 10, times.size() + " frames");
            for (int i = 1; i < times.size(); i++) {
                assertEquals(10_000_000L, times.get(i)[0] - times.get(i - 1)[0], "frame spacing at frame " + i);
            }
            long carrying = collector.complete.stream().skip(150).filter(b -> b).count();
            // sanity against a starved machine, not timing: almost every frame after the tare carries all three streams
            assertTrue(carrying >= 0.95 * (times.size() - 150), carrying + " of " + (times.size() - 150) + " frames carry every stream");
            TherapyScenario truth = new TherapyScenario(SCENARIO);
            int expected = 0;
            while (truth.strokeStart(expected) + truth.strokeDuration() < SECONDS - 0.1) {
                expected++;
            }
            assertTrue(expected >= 3, "the scenario has strokes in " + SECONDS + " s");
            List<TherapyEvent> ends = collector.events.stream().filter(e -> e.type() == TherapyEventType.STROKE_END).toList();
            assertEquals(expected, ends.size(), "strokes: " + ends);
            assertEquals(expected, collector.events.stream().filter(e -> e.type() == TherapyEventType.STROKE_START).count());
            long firstFrame = times.get(0)[0];
            for (int k = 0; k < expected; k++) {
                // session time from the real clock: the stroke starts where the scenario says, after the publishers' start
                double at = (collector.events.stream().filter(e -> e.type() == TherapyEventType.STROKE_START).toList().get(k)
                        .sessionNanos() - start) / 1e9;
                assertEquals(truth.strokeStart(k), at, 0.1, "start of stroke " + k);
            }
            assertTrue(firstFrame - start < 50_000_000L, "frames begin with the data");
        }
    }

    /** A device thread: publishes its generator's blocks as their samples fall due, parking in between. */
    private static void stream(Device d, SamplePublisher p, MonotonicSessionClock clock, long start, RingStreamBus bus) {
        double rate = d.signal.sampleRateHz();
        long total = Math.round(SECONDS * rate);
        for (long next = 0; next < total; next += d.blockFrames) {
            long due = start + Math.round((next + d.blockFrames) * 1e9 / rate);
            for (long now = clock.nanos(); now < due; now = clock.nanos()) {
                LockSupport.parkNanos(due - now);
            }
            SampleBlock b = p.block();
            int quality = d.signal.fill(b.samples(), next, d.blockFrames);
            b.setSamples(next, d.blockFrames, clock.nanos(), quality | Quality.SIMULATED);
            p.publish();
        }
        bus.closeStream(p, "stopped");
    }
}
