package org.myofuse.openbci.driver;

import java.util.Map;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.VirtualPortPair;
import org.myofuse.openbci.sim.CytonSimulator;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.testkit.DriverTestContext;
import org.myofuse.testkit.PseudoTerminalBench;

/**
 * The real driver, the real serial transport over a socat pseudo-terminal pair, the wire simulator
 * on the other end, and the real stream bus with a recorder: one bench per test.
 */
final class PtyBench implements AutoCloseable {

    private final PseudoTerminalBench bench = new PseudoTerminalBench(65536);
    final BlockRecorder recorder = bench.recorder();
    VirtualPortPair pair;
    CytonSimulator sim;
    DeviceConnection connection;

    /** Starts a simulated board on a fresh pair; returns the port the driver opens. */
    String serve(CytonSimulator.Settings settings) throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(CytonSimulator.serve(settings, bench.transport(), pair.devicePath(), bench.clock()));
        return pair.hostPath();
    }

    String port() {
        return pair.hostPath();
    }

    DriverTestContext<CytonConfig> context(Map<String, ?> config) {
        return bench.context("org.myofuse.device.openbci_cyton~test", port(), CytonConfig.class, config);
    }

    /** Connects the real driver with {@code config}; the connection is closed with the bench. */
    DeviceConnection connect(Map<String, ?> config) throws DeviceException {
        connection = bench.connected(new CytonDriver(bench.transport()).connect(context(config)));
        return connection;
    }

    /** Starts the connection as the host does. */
    void start() throws DeviceException {
        bench.start();
    }

    /** Stops the connection as the host does. */
    void stop() {
        bench.stop();
    }

    @Override
    public void close() throws Exception {
        bench.close();
    }
}
