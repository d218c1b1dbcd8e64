package org.myofuse.openbci.driver;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.openbci.sim.CytonSimulator;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.serial.PseudoTerminalPair;
import org.myofuse.serial.SerialTransport;
import org.myofuse.serial.internal.JSerialCommTransport;
import org.myofuse.testkit.DriverConformance;
import org.myofuse.testkit.LinkControl;

/**
 * The real Cyton driver against the conformance kit, talking to the Cyton wire simulator over a
 * socat pseudo-terminal pair whose paths survive an unplug (stable symlinks).
 */
class CytonConformanceTest extends DriverConformance implements LinkControl {

    private static final long SEED = 31;

    private final SerialTransport transport = new JSerialCommTransport();
    private final MonotonicSessionClock deviceClock = new MonotonicSessionClock();
    private Path dir;
    private PseudoTerminalPair pair;
    private CytonSimulator board;

    @Override
    protected DeviceDriver<?> driver() {
        return new CytonDriver(transport);
    }

    @Override
    protected String deviceSpec() {
        return "openbci-cyton@" + dir.resolve("dongle");
    }

    @Override
    protected void startDevice() throws Exception {
        dir = Files.createTempDirectory("cyton-conformance");
        replug();
    }

    @Override
    protected void stopDevice() throws Exception {
        unplug();
    }

    @Override
    protected Optional<LinkControl> link() {
        return Optional.of(this);
    }

    @Override
    public void unplug() {
        if (board != null) {
            board.close();
            board = null;
        }
        if (pair != null) {
            pair.close();
            pair = null;
        }
    }

    @Override
    public void replug() throws Exception {
        pair = PseudoTerminalPair.open(dir.resolve("board"), dir.resolve("dongle"));
        board = CytonSimulator.serve(CytonSimulator.Settings.clean(SEED), transport, dir.resolve("board").toString(),
                deviceClock);
    }

    /** Writes into the board's end of the pty beside the simulator: the bytes interleave with its packets. */
    @Override
    public void inject(byte[] bytes) throws Exception {
        try (OutputStream out = new FileOutputStream(dir.resolve("board").toFile())) {
            out.write(bytes);
        }
    }
}
