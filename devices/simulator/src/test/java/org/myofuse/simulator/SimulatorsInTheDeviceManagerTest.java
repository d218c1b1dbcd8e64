package org.myofuse.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceStatusEvent;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.device.InstalledDeviceType;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.runtime.device.DeviceManagerCore;
import org.myofuse.runtime.device.Timing;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.simulator.emg.SimEmgDriver;
import org.myofuse.simulator.iastm.SimIastmDriver;
import org.myofuse.simulator.mat.SimMatDriver;
import org.myofuse.simulator.testing.Await;
import org.myofuse.simulator.testing.InMemoryConfigurations;
import org.myofuse.simulator.testing.RecordingConsumer;

/**
 * The three simulators managed by the runtime's real device manager, configured with device specs as
 * a user types them: what {@code myofuse run --device sim-emg ...} does, minus OSGi and ConfigAdmin.
 */
class SimulatorsInTheDeviceManagerTest {

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final List<DeviceStatusEvent> events = new CopyOnWriteArrayList<>();
    private RingStreamBus bus;
    private InMemoryConfigurations configurations;
    private DeviceManagerCore manager;
    private RecordingConsumer consumer;

    @BeforeEach
    void startHost() {
        bus = new RingStreamBus(clock);
        consumer = new RecordingConsumer();
        bus.subscribe("test-recorder", consumer, 4096);
        configurations = new InMemoryConfigurations();
        manager = new DeviceManagerCore(bus, clock, configurations, Timing.DEFAULT);
        manager.addStatusListener(events::add);
        for (var driver : List.of(new SimIastmDriver(), new SimEmgDriver(), new SimMatDriver())) {
            assertTrue(manager.addDriver(driver, driver.type().id(), "org.myofuse.simulator", "0.1.0"));
        }
    }

    @AfterEach
    void stopHost() throws Exception {
        manager.close();
        bus.close();
        configurations.close();
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
            Await.until(id + " streaming", 10, () -> streaming(id));
        }
        StreamInfo matStream = consumer.opened().stream().filter(s -> s.deviceId().equals(mat)).findFirst().orElseThrow();
        assertEquals(new GridLayout(32, 32, 60, 25), matStream.descriptor().grid());
        Await.until("samples from all three", 10, () -> manager.devices().stream().allMatch(d -> d.samples() > 0));

        assertTrue(manager.removeDevice(emg));
        Await.until("the EMG stream closed", 10, () -> consumer.closedReasons().contains("device removed"));
        assertEquals(2, manager.devices().stream().filter(d -> d.state() == DeviceState.STREAMING).count());
    }

    @Test
    void refusesAnOutOfRangeSettingWithTheDriversOneLineReason() {
        var e = assertThrows(DeviceException.class,
                () -> manager.addDevice(DeviceRequest.parse("sim-emg?humFrequencyHz=55")));
        assertEquals("sim-emg: humFrequencyHz 55 Hz: must be 50 or 60 Hz", e.getMessage());
        var posture = assertThrows(DeviceException.class,
                () -> manager.addDevice(DeviceRequest.parse("sim-mat?posture=prone")));
        assertTrue(posture.getMessage().contains("posture"), posture.getMessage());
    }

    private boolean streaming(String deviceId) {
        return events.stream().anyMatch(e -> e.deviceId().equals(deviceId) && e.state() == DeviceState.STREAMING);
    }
}
