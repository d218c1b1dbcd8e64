package org.myofuse.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceStatusEvent;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.device.InstalledDeviceType;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.simulator.emg.SimEmgDriver;
import org.myofuse.simulator.iastm.SimIastmDriver;
import org.myofuse.simulator.mat.SimMatDriver;
import org.myofuse.simulator.testing.RecordingConsumer;

/**
 * The three simulators managed by the runtime's real device manager, configured with device specs as
 * a user types them: what {@code myofuse run --device sim-emg ...} does, minus OSGi and ConfigAdmin
 * (a standalone host).
 */
class SimulatorsInTheDeviceManagerTest {

    /** Waits for other threads: polls every 5 ms, fails naming what was awaited after 10 s. */
    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(5))
            .atMost(Duration.ofSeconds(10));

    private final List<DeviceStatusEvent> events = new CopyOnWriteArrayList<>();
    private StandaloneHost host;
    private DeviceManager manager;
    private RecordingConsumer consumer;

    @BeforeEach
    void startHost() {
        host = StandaloneRuntime.load().startHost();
        consumer = new RecordingConsumer();
        host.bus().subscribe("test-recorder", consumer, 4096);
        host.addStatusListener(events::add);
        for (var driver : List.of(new SimIastmDriver(), new SimEmgDriver(), new SimMatDriver())) {
            host.addDriver(driver);
        }
        manager = host.deviceManager();
    }

    @AfterEach
    void stopHost() {
        host.close();
    }

    @Test
    void installsTheThreeSimulatedTypes() {
        assertEquals(List.of("sim-emg", "sim-iastm", "sim-mat"),
                manager.installedTypes().stream().map(InstalledDeviceType::type).map(t -> t.id()).toList());
    }

    @Test
    void aTreatmentSetOfThreeStreamsAndIsRemovedCleanly() throws Exception {
        String tool = manager.addDevice(DeviceRequest.parse("sim-iastm?strokeRateHz=0.75"));
        String emg = manager.addDevice(DeviceRequest.parse("sim-emg?strokeRateHz=0.75&guardingThresholdN=6.5"));
        String mat = manager.addDevice(DeviceRequest.parse("sim-mat?strokeRateHz=0.75&posture=supine"));
        for (String id : List.of(tool, emg, mat)) {
            WAIT.alias(id + " streaming").until(() -> streaming(id));
        }
        StreamInfo matStream = consumer.opened().stream().filter(s -> s.deviceId().equals(mat)).findFirst().orElseThrow();
        assertEquals(new GridLayout(32, 32, 60, 25), matStream.descriptor().grid());
        WAIT.alias("samples from all three").until(() -> manager.devices().stream().allMatch(d -> d.samples() > 0));

        assertTrue(manager.removeDevice(emg));
        WAIT.alias("the EMG stream closed").until(() -> consumer.closedReasons().contains("device removed"));
        assertEquals(2, manager.devices().stream().filter(d -> d.state() == DeviceState.STREAMING).count());
    }

    @Test
    void refusesASettingOutsideItsDeclarationInOneLine() {
        var e = assertThrows(DeviceException.class,
                () -> manager.addDevice(DeviceRequest.parse("sim-emg?humFrequencyHz=55")));
        assertEquals("invalid value '55' for sim-emg setting 'humFrequencyHz': expected one of 50, 60", e.getMessage());
        var posture = assertThrows(DeviceException.class,
                () -> manager.addDevice(DeviceRequest.parse("sim-mat?posture=prone")));
        assertEquals("invalid value 'prone' for sim-mat setting 'posture': expected one of STANDING, SUPINE",
                posture.getMessage());
        var range = assertThrows(DeviceException.class,
                () -> manager.addDevice(DeviceRequest.parse("sim-iastm?noiseN=2")));
        assertEquals("invalid value '2' for sim-iastm setting 'noiseN': expected a number between 0 and 1", range.getMessage());
        assertEquals(List.of(), manager.devices(), "nothing configured");
    }

    @Test
    void refusesStrokeForcesThatDoNotCombineWithTheDriversOneLineReason() {
        var e = assertThrows(DeviceException.class,
                () -> manager.addDevice(DeviceRequest.parse("sim-emg?meanForceN=8.5")));
        assertEquals("sim-emg: meanForceN 8.5 N: must be 40-80 % of peakForceN 9 N (3.6-7.2 N)", e.getMessage());
    }

    @Test
    void describesEachTypesSettingsInDeclarationOrder() throws DeviceException {
        var settings = manager.settings("sim-emg");
        assertEquals("seed", settings.get(0).id());
        var hum = settings.stream().filter(s -> s.id().equals("humFrequencyHz")).findFirst().orElseThrow();
        assertEquals(List.of("50", "60"), hum.options().stream().map(o -> o.value()).toList());
        var tone = manager.settings("sim-emg").stream().filter(s -> s.id().equals("restingToneUv")).findFirst().orElseThrow();
        assertEquals(java.util.Optional.of("0"), tone.min());
        assertEquals(java.util.Optional.of("100"), tone.max());
        assertEquals(List.of("4.0"), tone.defaultValue());
    }

    private boolean streaming(String deviceId) {
        return events.stream().anyMatch(e -> e.deviceId().equals(deviceId) && e.state() == DeviceState.STREAMING);
    }
}
