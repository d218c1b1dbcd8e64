package org.myofuse.api.serial;

import org.myofuse.api.device.DeviceException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One open port with its reader thread. Thread-safe: commands may be written from any thread,
 * including the reader thread from inside a {@link SerialListener} callback.
 */
@ProviderType
public interface SerialLink extends AutoCloseable {

    /** The path the link was opened with. */
    String path();

    /** True while the port is open (false between a loss and a successful reopen, and after close). */
    boolean isUp();

    /**
     * Writes bytes to the device, waiting at most about a second for the driver's buffer.
     *
     * @throws DeviceException if the link is down or the write fails, naming the port
     */
    void write(byte[] bytes) throws DeviceException;

    /** Writes an ASCII command, e.g. {@code "v"}. */
    void write(String ascii) throws DeviceException;

    /**
     * Arms (true) or disarms (false) the no-data watchdog: while armed, silence longer than the spec's
     * no-data timeout counts as a lost link. Arm it while streaming, disarm it before a stop.
     */
    void expectData(boolean expect);

    /** This port's counters; the driver records frames, rejects, resyncs and gaps on it. */
    PortStatistics statistics();

    /**
     * Stops the reader thread and closes the port. Returns within about one second, never throws,
     * idempotent. Must not be called from the reader thread.
     */
    @Override
    void close();
}
