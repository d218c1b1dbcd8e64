package org.myofuse.example.inclinometer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.testkit.Configs;

/**
 * The example driver on the runtime's real stream bus, with a real consumer: the test a vendor would
 * write before shipping a plugin, against the API only (the runtime comes with the testkit). Settings
 * are given as strings, as in a .cfg file, and checked as the host checks them.
 */
class InclinometerOnTheBusTest {

    private final StandaloneHost host = StandaloneRuntime.load().startHost();
    private final SessionClock clock = host.clock();
    private final StreamBus bus = host.bus();
    private final Recorder recorder = new Recorder();

    @AfterEach
    void stopBus() {
        host.close();
    }

    @Test
    void streamsStopsRestartsWhereItLeftOffAndCloses() throws Exception {
        bus.subscribe("test-recorder", recorder, 1024);
        InclinometerConfig config = Configs.with(InclinometerConfig.class, Map.of("movementPeriodS", "4", "seed", "11"));
        var context = new Context(config);
        DeviceConnection connection = new InclinometerDriver().connect(context);

        DeviceDescriptor d = connection.descriptor();
        assertEquals("Example Devices Ltd", d.vendor());
        assertEquals(List.of("flexion_deg", "lateral_bend_deg"), d.channels().stream().map(c -> c.name()).toList());
        assertEquals("EXI-000011", d.serialNumber());

        String thread = "example-inclinometer-" + context.deviceId();
        connection.start();
        await(() -> recorder.frames() >= 25);
        connection.stop();
        assertFalse(threadAlive(thread), "stop() ends the streaming thread");
        long framesAtStop = context.published * InclinometerDriver.BLOCK_FRAMES;
        LockSupport.parkNanos(150_000_000);
        assertEquals(framesAtStop, context.published * InclinometerDriver.BLOCK_FRAMES, "nothing published after stop");
        connection.start();
        await(() -> recorder.frames() >= framesAtStop + 10);
        connection.close();
        connection.close();
        assertFalse(threadAlive(thread), "close() ends the streaming thread");
        assertThrows(DeviceException.class, connection::start);

        long published = context.published;
        await(() -> recorder.blocks().size() == published);
        var motion = new InclinometerMotion(InclinometerSettings.of(config));
        long next = 0;
        for (Received block : recorder.blocks()) {
            assertEquals(BlockKind.SAMPLES, block.kind());
            assertTrue(Quality.has(block.quality(), Quality.SIMULATED));
            assertEquals(next, block.firstIndex(), "contiguous sample indices across stop and start");
            float[] expected = new float[2 * InclinometerDriver.BLOCK_FRAMES];
            motion.fill(expected, next, InclinometerDriver.BLOCK_FRAMES);
            assertArrayEquals(expected, block.samples());
            next += InclinometerDriver.BLOCK_FRAMES;
        }
        assertTrue(next >= framesAtStop + 10);
        assertEquals(List.of(), context.reports, "no errors reported");
    }

    private static void await(Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5)).until(condition);
    }

    private static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    private record Received(BlockKind kind, int quality, long firstIndex, float[] samples) {
    }

    /** Copies out each block: the slot is reused after the call. */
    private static final class Recorder implements StreamConsumer {

        private final List<Received> blocks = new ArrayList<>();

        @Override
        public synchronized void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
            blocks.add(new Received(block.kind(), block.quality(), block.firstSampleIndex(),
                    Arrays.copyOf(block.samples(), block.frames() * block.channels())));
        }

        synchronized List<Received> blocks() {
            return List.copyOf(blocks);
        }

        synchronized long frames() {
            return (long) blocks.size() * InclinometerDriver.BLOCK_FRAMES;
        }
    }

    /** The host's side, reduced to what a driver test needs: the stream opens on the real bus. */
    private final class Context implements DeviceContext<InclinometerConfig> {

        private final InclinometerConfig configuration;
        private final List<String> reports = new CopyOnWriteArrayList<>();
        /** Blocks published; written by the streaming thread only. */
        private volatile long published;

        Context(InclinometerConfig configuration) {
            this.configuration = configuration;
        }

        @Override
        public String deviceId() {
            return "org.myofuse.device.example_inclinometer~lumbar";
        }

        @Override
        public String name() {
            return "lumbar";
        }

        @Override
        public String port() {
            return "";
        }

        @Override
        public InclinometerConfig configuration() {
            return configuration;
        }

        @Override
        public SessionClock clock() {
            return clock;
        }

        @Override
        public SamplePublisher openStream(DeviceDescriptor descriptor, int maxFramesPerBlock) {
            SamplePublisher onBus = bus.openStream(deviceId(), descriptor, maxFramesPerBlock);
            // counts what the driver publishes, to tell a late publish from a late delivery
            return new SamplePublisher() {
                @Override
                public StreamInfo stream() {
                    return onBus.stream();
                }

                @Override
                public SampleBlock block() {
                    return onBus.block();
                }

                @Override
                public void publish() {
                    onBus.publish();
                    published++;
                }

                @Override
                public void publishGap(long first, long missing, GapCause cause, long arrivalNanos) {
                    onBus.publishGap(first, missing, cause, arrivalNanos);
                    published++;
                }

                @Override
                public boolean isOpen() {
                    return onBus.isOpen();
                }
            };
        }

        @Override
        public void reportStatus(DeviceState state, String reason) {
            reports.add(state + ": " + reason);
        }
    }

}
