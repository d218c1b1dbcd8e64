package org.myofuse.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.Subscription;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.simulator.core.FrameSignal;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.emg.SimEmgConfig;
import org.myofuse.simulator.emg.SimEmgDriver;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.iastm.SimIastmConfig;
import org.myofuse.simulator.iastm.SimIastmDriver;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.SimMatConfig;
import org.myofuse.simulator.mat.SimMatDriver;
import org.myofuse.simulator.testing.BusDeviceContext;
import org.myofuse.simulator.testing.Configs;
import org.myofuse.simulator.testing.RecordingConsumer;
import org.myofuse.simulator.testing.RecordingConsumer.Block;

/**
 * Each simulated driver connected to the real stream bus and session clock of the runtime, with a real
 * consumer on its own dispatch thread: what a session sees, minus OSGi. Settings are checked and
 * converted as the host does ({@link Configs}), given as strings, the way a .cfg file or the command
 * line gives them.
 */
class SimulatedDevicesOnTheBusTest {

    /** Waits for other threads: polls every 5 ms, fails naming what was awaited after 10 s. */
    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(5))
            .atMost(Duration.ofSeconds(10));

    /** One device type under test and how to build the reference generator for its configuration. */
    record Case<C>(DeviceDriver<C> driver, Map<String, String> settings, Function<C, FrameSignal> reference,
            int rateHz, int blockFrames, int channels, String model) {

        C configuration() {
            return Configs.with(driver.configurationType(), settings);
        }

        @Override
        public String toString() {
            return driver.type().id() + settings;
        }
    }

    static Stream<Case<?>> devices() {
        return Stream.of(
                new Case<>(new SimIastmDriver(), Map.of("seed", "3", "noiseN", "0.05"),
                        (SimIastmConfig c) -> new IastmSignal(IastmSettings.of(c)), 1000, 10, 3, "Simulated IASTM tool"),
                new Case<>(new SimEmgDriver(), Map.of("humFrequencyHz", "60"),
                        (SimEmgConfig c) -> new EmgSignal(EmgSettings.of(c)), 2000, 20, 8, "Simulated EMG amplifier"),
                new Case<>(new SimMatDriver(), Map.of("posture", "supine", "bodyMassKg", "82.5"),
                        (SimMatConfig c) -> new MatSignal(MatSettings.of(c)), 100, 1, 1024, "Simulated pressure mat"));
    }

    private StandaloneHost host;
    private SessionClock clock;
    private StreamBus bus;
    private RecordingConsumer consumer;
    private Subscription subscription;

    @BeforeEach
    void startBus() {
        host = StandaloneRuntime.load().startHost();
        clock = host.clock();
        bus = host.bus();
        consumer = new RecordingConsumer();
        subscription = bus.subscribe("test-recorder", consumer, 4096);
    }

    @AfterEach
    void stopBus() {
        subscription.close();
        host.close();
    }

    /** True if a live thread has this name. */
    private static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("devices")
    void describesTheDeviceCompletelyWhenConnected(Case<?> device) throws Exception {
        describes(device);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("devices")
    void streamsContiguousBlocksStopsRestartsWhereItLeftOffAndCloses(Case<?> device) throws Exception {
        lifecycle(device);
    }

    private <C> void describes(Case<C> device) throws Exception {
        var context = new BusDeviceContext<>(bus, clock, device.driver.type().id() + "-1", device.configuration());
        try (DeviceConnection connection = device.driver.connect(context)) {
            DeviceDescriptor d = connection.descriptor();
            assertEquals(device.driver.type().id(), d.typeId());
            assertEquals("Myofuse", d.vendor());
            assertEquals(device.model, d.model());
            assertEquals("sim-1", d.firmware());
            assertTrue(d.serialNumber().startsWith("SIM-"), d.serialNumber());
            assertEquals(device.channels, d.channels().size());
            for (ChannelDescriptor channel : d.channels()) {
                assertEquals(device.rateHz, channel.sampleRateHz(), channel.name());
                assertFalse(channel.unit().isBlank(), channel.name());
                assertFalse(channel.site().isBlank(), channel.name());
            }
            assertEquals(d, context.publisher().stream().descriptor());
            assertEquals(device.blockFrames, context.publisher().stream().maxFramesPerBlock());
            WAIT.alias("the consumer to see the stream open").atMost(Duration.ofSeconds(5))
                    .until(() -> consumer.opened().size() == 1);
            assertEquals(d, consumer.opened().get(0).descriptor());
            if (device.driver instanceof SimMatDriver) {
                assertEquals(new GridLayout(32, 32, 60, 25), d.grid(), "supine table mat");
            } else {
                assertEquals(null, d.grid());
            }
        }
    }

    private <C> void lifecycle(Case<C> device) throws Exception {
        C configuration = device.configuration();
        String deviceId = device.driver.type().id() + "-7";
        var context = new BusDeviceContext<>(bus, clock, deviceId, configuration);
        DeviceConnection connection = device.driver.connect(context);
        String thread = device.driver.type().id() + "-" + deviceId;
        assertFalse(threadAlive(thread), "nothing runs before start");

        long started = System.nanoTime();
        connection.start();
        assertTrue(threadAlive(thread), "one streaming thread named " + thread);
        WAIT.alias("half a second of samples").until(() -> consumer.frames() >= device.rateHz / 2);
        connection.stop();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertFalse(threadAlive(thread), "stop() ends the thread before returning");
        long publishedAtStop = context.published();
        long framesAtStop = publishedAtStop * device.blockFrames;
        // sanity, not performance: the simulated device keeps roughly to its nominal rate
        assertTrue(framesAtStop > 0.5 * device.rateHz * seconds && framesAtStop < 1.5 * device.rateHz * seconds + 2L * device.blockFrames,
                framesAtStop + " frames in " + seconds + " s at " + device.rateHz + " Hz");
        Thread.sleep(150); // let real time pass: the device would publish meanwhile if it still ran
        assertEquals(publishedAtStop, context.published(), "nothing is published after stop() returned");

        connection.start();
        WAIT.alias("samples after the restart").until(() -> consumer.frames() >= framesAtStop + device.rateHz / 4);
        connection.close();
        connection.close();
        assertFalse(threadAlive(thread), "close() ends the thread");
        assertThrows(DeviceException.class, connection::start, "a closed connection does not start again");
        long publishedTotal = context.published();
        WAIT.alias("every published block delivered").atMost(Duration.ofSeconds(5))
                .until(() -> consumer.blocks().size() == publishedTotal);

        List<Block> blocks = consumer.blocks();
        assertContiguousFromZero(blocks, device);
        assertEquals(framesAtStop, blocks.get((int) publishedAtStop).firstSampleIndex(),
                "the restart continues the sample indices");
        assertSameSamplesAsTheGenerator(blocks, device.reference.apply(configuration), device.channels);
        assertEquals(0, subscription.droppedBlocks(), "the recorder kept up");
    }

    private static void assertContiguousFromZero(List<Block> blocks, Case<?> device) {
        long next = 0;
        long lastArrival = Long.MIN_VALUE;
        for (Block b : blocks) {
            assertEquals(BlockKind.SAMPLES, b.kind(), "no gaps");
            assertEquals(next, b.firstSampleIndex(), "contiguous indices");
            assertEquals(device.blockFrames, b.frames());
            assertTrue(Quality.has(b.quality(), Quality.SIMULATED), "flagged as simulated");
            assertEquals(b.firstSampleIndex() * 1_000_000L / device.rateHz, b.deviceTimeMicros(),
                    "device time is the sample counter");
            assertTrue(b.arrivalNanos() >= lastArrival, "arrival times on the session clock never go back");
            lastArrival = b.arrivalNanos();
            next = b.nextSampleIndex();
        }
    }

    /** What travelled through the bus is exactly what the generator gives for those indices. */
    private static void assertSameSamplesAsTheGenerator(List<Block> blocks, FrameSignal reference, int channels) {
        for (Block b : blocks) {
            float[] expected = new float[b.frames() * channels];
            reference.fill(expected, b.firstSampleIndex(), b.frames());
            assertArrayEquals(expected, b.samples(), "block at " + b.firstSampleIndex());
        }
        assertNotNull(reference);
    }
}
