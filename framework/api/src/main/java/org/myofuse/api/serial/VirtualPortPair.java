package org.myofuse.api.serial;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Two connected virtual serial ports (pseudo-terminals): what one end writes the other reads, like a
 * device behind a USB serial adapter. A wire simulator serves on {@link #devicePath()}, a driver opens
 * {@link #hostPath()} exactly as it opens a real port. Closing the pair is an unplug: both ends see end
 * of input.
 *
 * <p>Made by {@link SerialTransport#openVirtualPair}. Thread-safe.
 */
@ProviderType
public interface VirtualPortPair extends AutoCloseable {

    /** The end a simulated device serves on. */
    String devicePath();

    /** The end a driver opens. */
    String hostPath();

    /** True while the pair is connected (the "cable" is plugged in). */
    boolean isAlive();

    /** Unplugs: both ends see end of input. Bounded (about two seconds at most), idempotent, never throws. */
    @Override
    void close();
}
