package org.myofuse.api.serial;

import java.time.Duration;
import java.util.Objects;

import org.myofuse.api.stream.SessionClock;

/**
 * How to open one port.
 *
 * @param path          the port path (a symbolic link is followed again at every reopen)
 * @param baudRate      bits per second; the frame format is always 8N1
 * @param clock         the session clock stamping arrival times
 * @param threadName    name of the reader thread, e.g. {@code openbci-cyton-/dev/ttyUSB0}
 * @param noDataTimeout while the driver expects data ({@link SerialLink#expectData}), this long without a
 *                      byte counts as a lost link; at most one second for the transport's disconnect promise
 * @param reconnect     reopen the same path with backoff after the link is lost
 */
public record SerialLinkSpec(String path, int baudRate, SessionClock clock, String threadName, Duration noDataTimeout,
        boolean reconnect) {

    /** The default no-data timeout. */
    public static final Duration DEFAULT_NO_DATA_TIMEOUT = Duration.ofMillis(750);

    public SerialLinkSpec {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(threadName, "threadName");
        Objects.requireNonNull(noDataTimeout, "noDataTimeout");
        if (path.isBlank()) {
            throw new IllegalArgumentException("serial port path must not be blank");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException(path + ": baud rate must be positive, was " + baudRate);
        }
        if (noDataTimeout.isNegative() || noDataTimeout.isZero()) {
            throw new IllegalArgumentException(path + ": no-data timeout must be positive, was " + noDataTimeout);
        }
    }

    /** A spec with the default no-data timeout and reconnection on. */
    public static SerialLinkSpec of(String path, int baudRate, SessionClock clock, String threadName) {
        return new SerialLinkSpec(path, baudRate, clock, threadName, DEFAULT_NO_DATA_TIMEOUT, true);
    }
}
