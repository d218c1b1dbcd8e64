package org.myofuse.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.InstalledDeviceType;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.StreamConsumer;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** Boots Felix with the distribution's bundle set and streams the three simulators through the bus. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class PlatformIT {

    /** Waits for other threads: polls every 5 ms, fails naming what was awaited after 10 s. */
    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(5))
            .atMost(Duration.ofSeconds(10));

    @Inject
    private BundleContext context;

    @Inject
    private DeviceManager devices;

    @Inject
    private StreamBus bus;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.boot(Files.createTempDirectory("myofuse-it-plugins"));
    }

    @Test
    public void everyBundleOfTheDistributionIsActive() throws Exception {
        Set<String> expected;
        try (var jars = Files.list(DistributionOptions.installation().resolve("bundle"))) {
            expected = jars.map(Path::getFileName).map(Path::toString).collect(Collectors.toSet());
        }
        List<String> notActive = new ArrayList<>();
        int seen = 0;
        for (Bundle bundle : context.getBundles()) {
            String location = bundle.getLocation();
            String file = location.substring(location.lastIndexOf('/') + 1);
            if (!expected.contains(file)) {
                continue;
            }
            seen++;
            boolean fragment = bundle.getHeaders().get("Fragment-Host") != null;
            int wanted = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != wanted) {
                notActive.add(bundle.getSymbolicName() + " state " + bundle.getState());
            }
        }
        assertEquals("bundles of the distribution installed", expected.size(), seen);
        assertTrue("not active: " + notActive, notActive.isEmpty());
    }

    @Test
    public void theThreeSimulatorsStreamThroughTheBus() throws Exception {
        WAIT.alias("the three simulator drivers").atMost(Duration.ofSeconds(5))
                .until(() -> typeIds().containsAll(Set.of("sim-emg", "sim-iastm", "sim-mat")));
        RecordingConsumer consumer = new RecordingConsumer();
        ServiceRegistration<StreamConsumer> registration = context.registerService(StreamConsumer.class, consumer,
                new Hashtable<>(Map.of(StreamConsumer.NAME_PROPERTY, "platform-it")));
        List<String> ids = new ArrayList<>();
        try {
            for (String spec : List.of("sim-iastm?seed=1", "sim-emg?seed=2", "sim-mat?seed=3")) {
                ids.add(devices.addDevice(DeviceRequest.parse(spec)));
            }
            // Two seconds of data at the nominal rates: 1 kHz, 2 kHz, 100 Hz.
            WAIT.alias("2 s of samples from every simulator").atMost(Duration.ofSeconds(15))
                    .until(() -> consumer.framesOfType("sim-iastm") >= 2000
                    && consumer.framesOfType("sim-emg") >= 4000 && consumer.framesOfType("sim-mat") >= 200);
            for (String type : List.of("sim-iastm", "sim-emg", "sim-mat")) {
                var log = consumer.logOfType(type);
                assertEquals(type + " sample indices contiguous", 0, log.discontinuities.get());
                assertEquals(type + " has no gaps", 0, log.gaps.get());
            }
            for (String id : ids) {
                DeviceInfo info = devices.device(id).orElseThrow();
                assertEquals(id + " state", DeviceState.STREAMING, info.state());
                assertTrue(id + " counts samples", info.samples() > 0);
                assertEquals(id + " drops", 0, info.droppedBlocks());
            }
            assertTrue("the bus lists our consumer",
                    bus.subscriptions().stream().anyMatch(s -> s.name().equals("platform-it")));
        } finally {
            for (String id : ids) {
                devices.removeDevice(id);
            }
            WAIT.alias("streams closed after removal").atMost(Duration.ofSeconds(5))
                    .until(() -> ids.stream().allMatch(id -> consumer.log(id).closedReason != null));
            registration.unregister();
        }
        for (String id : ids) {
            assertTrue("close reason names the removal: " + consumer.log(id).closedReason,
                    consumer.log(id).closedReason.contains("removed"));
        }
    }

    @Test
    public void anUnknownDeviceTypeIsRefusedWithOneLineNamingIt() throws Exception {
        try {
            devices.addDevice(DeviceRequest.parse("no-such-device"));
            throw new AssertionError("an unknown type was accepted");
        } catch (org.myofuse.api.device.DeviceException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("no-such-device"));
            assertTrue("one line: " + e.getMessage(), !e.getMessage().contains("\n"));
        }
    }

    @Test
    public void anInvalidSettingIsRefusedAndNothingIsConfigured() throws Exception {
        WAIT.alias("sim-emg driver").atMost(Duration.ofSeconds(5)).until(() -> typeIds().contains("sim-emg"));
        int before = devices.devices().size();
        try {
            devices.addDevice(DeviceRequest.parse("sim-emg?seed=banana"));
            throw new AssertionError("an invalid setting was accepted");
        } catch (org.myofuse.api.device.DeviceException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("seed"));
        }
        assertEquals("no device configured", before, devices.devices().size());
    }

    private Set<String> typeIds() {
        return devices.installedTypes().stream().map(t -> t.type().id()).collect(Collectors.toSet());
    }

    static Set<String> typeIds(List<InstalledDeviceType> types) {
        return types.stream().map(t -> t.type().id()).collect(Collectors.toSet());
    }
}
