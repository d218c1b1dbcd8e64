package org.myofuse.iastm.driver;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.iastm.sim.IastmSimulator;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.serial.PseudoTerminalPair;
import org.myofuse.serial.SerialTransport;
import org.myofuse.serial.internal.JSerialCommTransport;
import org.myofuse.testkit.DriverConformance;
import org.myofuse.testkit.LinkControl;

/**
 * The real IASTM force tool driver against the conformance kit, talking to the tool's wire simulator
 * over a socat pseudo-terminal pair whose paths survive an unplug (stable symlinks).
 */
class IastmConformanceTest extends DriverConformance implements LinkControl {

    private static final long SEED = 31;

    private final SerialTransport transport = new JSerialCommTransport();
    private final MonotonicSessionClock deviceClock = new MonotonicSessionClock();
    private Path dir;
    private PseudoTerminalPair pair;
    private IastmSimulator board;

    @Override
    protected DeviceDriver<?> driver() {
        return new IastmDriver(transport);
    }

    @Override
    protected String deviceSpec() {
        return "iastm-force@" + dir.resolve("host");
    }

    @Override
    protected void startDevice() throws Exception {
        dir = Files.createTempDirectory("iastm-conformance");
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
        pair = PseudoTerminalPair.open(dir.resolve("tool"), dir.resolve("host"));
        board = IastmSimulator.serve(IastmSimulator.Settings.clean(SEED), transport, dir.resolve("tool").toString(),
                deviceClock);
    }

    /** Writes into the board's end of the pty beside the simulator: the bytes interleave with its packets. */
    @Override
    public void inject(byte[] bytes) throws Exception {
        try (OutputStream out = new FileOutputStream(dir.resolve("tool").toFile())) {
            out.write(bytes);
        }
    }
}
