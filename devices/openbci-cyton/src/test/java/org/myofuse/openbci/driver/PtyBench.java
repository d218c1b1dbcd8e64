package org.myofuse.openbci.driver;

import java.util.Map;
import java.util.ServiceLoader;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.VirtualPortPair;
import org.myofuse.openbci.sim.CytonSimulator;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.testkit.Configs;
import org.myofuse.testkit.DriverTestContext;

/**
 * The real driver, the real serial transport over a socat pseudo-terminal pair, the wire simulator
 * on the other end, and the real stream bus with a recorder: one bench per test.
 */
final class PtyBench implements AutoCloseable {

    final MonotonicSessionClock clock = new MonotonicSessionClock();
    final SerialTransport transport = ServiceLoader.load(SerialTransport.class).findFirst().orElseThrow();
    final BlockRecorder recorder = new BlockRecorder();
    final RingStreamBus bus = new RingStreamBus(clock);
    VirtualPortPair pair;
    CytonSimulator sim;
    DeviceConnection connection;

    PtyBench() {
        bus.subscribe("recorder", recorder, 65536);
    }

    /** Starts a simulated board on a fresh pair; returns the port the driver opens. */
    String serve(CytonSimulator.Settings settings) throws Exception {
        pair = transport.openVirtualPair();
        sim = CytonSimulator.serve(settings, transport, pair.devicePath(), clock);
        return pair.hostPath();
    }

    String port() {
        return pair.hostPath();
    }

    DriverTestContext<CytonConfig> context(Map<String, ?> config) {
        return new DriverTestContext<>("org.myofuse.device.openbci_cyton~test", bus, clock, port(),
                Configs.with(CytonConfig.class, config));
    }

    /** Connects the real driver with {@code config}; the connection is closed with the bench. */
    DeviceConnection connect(Map<String, ?> config) throws DeviceException {
        connection = new CytonDriver(transport).connect(context(config));
        return connection;
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        if (sim != null) {
            sim.close();
        }
        if (pair != null) {
            pair.close();
        }
        bus.close();
    }
}
