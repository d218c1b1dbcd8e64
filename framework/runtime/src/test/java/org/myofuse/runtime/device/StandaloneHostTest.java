package org.myofuse.runtime.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceStatusEvent;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.runtime.standalone.StandaloneRuntimeProvider;
import org.myofuse.runtime.stream.RecordingConsumer;

/** The runtime outside OSGi, reached the way the conformance kit reaches it: through the API and ServiceLoader. */
class StandaloneHostTest {

    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(5))
            .atMost(Duration.ofSeconds(10));

    private final StandaloneRuntime runtime = StandaloneRuntime.load();

    @Test
    void shouldBeFoundWithServiceLoader() {
        assertInstanceOf(StandaloneRuntimeProvider.class, runtime);
    }

    @Test
    void shouldRunADeviceFromConfigurationToStreamAndStopIt() throws Exception {
        var events = new CopyOnWriteArrayList<DeviceStatusEvent>();
        var consumer = new RecordingConsumer();
        String id;
        try (StandaloneHost host = runtime.startHost()) {
            host.addStatusListener(events::add);
            host.bus().subscribe("test", consumer, 256);
            host.addDriver(new TestDriver("test-dev", false));
            id = host.deviceManager().addDevice(DeviceRequest.parse("test-dev?channels=3&name=left"));
            assertEquals("org.myofuse.device.test_dev~left", id);
            WAIT.alias("streaming").until(() -> host.deviceManager().device(id).map(DeviceInfo::state)
                    .orElse(null) == DeviceState.STREAMING && consumer.blockCount() > 3);
            assertEquals(3, host.deviceManager().device(id).orElseThrow().descriptor().channels().size());
            assertTrue(host.clock().nanos() > 0);
        }
        List<String> reasons = consumer.events().stream().filter(RecordingConsumer.Closed.class::isInstance)
                .map(e -> ((RecordingConsumer.Closed) e).reason()).toList();
        assertEquals(List.of("device manager stopped"), reasons, "close() returns once the streams are closed");
        assertTrue(events.stream().anyMatch(e -> e.deviceId().equals(id) && e.state() == DeviceState.STOPPED), events.toString());
    }

    @Test
    void shouldRefuseASecondDriverOfTheSameTypeInOneLine() {
        try (StandaloneHost host = runtime.startHost()) {
            host.addDriver(new TestDriver("test-dev", false));
            var e = assertThrows(IllegalArgumentException.class, () -> host.addDriver(new TestDriver("test-dev", false)));
            assertTrue(e.getMessage().startsWith("driver for device type test-dev from bundle org.myofuse.runtime.device 0.0.0 "
                    + "ignored: the type is already provided by test-dev"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"));
        }
    }

    @Test
    void shouldMakeTypedConfigurationsAsTheDeviceManagerDoes() {
        TestDriver.Config config = runtime.configuration(TestDriver.Config.class, Map.of("channels", "4"));
        assertEquals(4, config.channels());
        assertEquals(10, config.framesPerBlock());
        var e = assertThrows(IllegalArgumentException.class,
                () -> runtime.configuration(TestDriver.Config.class, Map.of("framesPerBlock", 5000)));
        assertEquals("invalid value '5000' for test-dev setting 'framesPerBlock': expected an integer between 1 and 1000",
                e.getMessage());
    }
}
