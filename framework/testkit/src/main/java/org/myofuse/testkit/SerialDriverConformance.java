package org.myofuse.testkit;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.VirtualPortPair;
import org.myofuse.api.stream.SessionClock;

/**
 * The conformance kit for a serial driver: the device is the vendor's wire simulator serving one end
 * of a socat pseudo-terminal pair whose paths are stable symlinks, so an unplug (closing the pair) and
 * a replug (opening it again) look to the driver exactly like a USB adapter leaving and coming back.
 * Injected bytes are written into the device's end beside the simulator's own output.
 */
public abstract class SerialDriverConformance extends DriverConformance implements LinkControl {

    private final SerialTransport transport = ServiceLoader.load(SerialTransport.class).findFirst()
            .orElseThrow(() -> new IllegalStateException("no serial transport on the class path (add org.myofuse:serial)"));
    /** The simulated device's own clock, independent of the host's. */
    private final SessionClock deviceClock = StandaloneRuntime.load().newClock();
    private Path dir;
    private VirtualPortPair pair;
    private AutoCloseable device;

    /** The driver, given the host's serial transport. */
    protected abstract DeviceDriver<?> driver(SerialTransport transport);

    /** The device type id used in the spec. */
    protected abstract String typeId();

    /** Starts the wire simulator on {@code devicePath}; closing the result stops it. */
    protected abstract AutoCloseable serve(SerialTransport transport, String devicePath, SessionClock clock)
            throws Exception;

    /** Settings appended to the spec ({@code key=value&...}), or "". */
    protected String settings() {
        return "";
    }

    @Override
    protected final DeviceDriver<?> driver() {
        return driver(transport);
    }

    @Override
    protected final String deviceSpec() {
        String spec = typeId() + "@" + dir.resolve("host");
        return settings().isEmpty() ? spec : spec + "?" + settings();
    }

    @Override
    protected final void startDevice() throws Exception {
        dir = Files.createTempDirectory("conformance-" + typeId());
        replug();
    }

    @Override
    protected final void stopDevice() throws Exception {
        unplug();
    }

    @Override
    protected final Optional<LinkControl> link() {
        return Optional.of(this);
    }

    @Override
    public final void unplug() throws Exception {
        if (device != null) {
            device.close();
            device = null;
        }
        if (pair != null) {
            pair.close();
            pair = null;
        }
    }

    @Override
    public final void replug() throws Exception {
        pair = transport.openVirtualPair(dir.resolve("device"), dir.resolve("host"));
        device = serve(transport, dir.resolve("device").toString(), deviceClock);
    }

    @Override
    public final void inject(byte[] bytes) throws Exception {
        try (OutputStream out = new FileOutputStream(dir.resolve("device").toFile())) {
            out.write(bytes);
        }
    }
}
