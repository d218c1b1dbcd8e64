package org.myofuse.api.stream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one monotonic clock of a host session. Every arrival time, status event and fused frame is
 * stamped in nanoseconds on this clock, so streams from different devices can be put on one timeline.
 *
 * <p>Provided by the runtime as an OSGi service. Thread-safe, allocation-free and non-blocking:
 * drivers call {@link #nanos()} on their reader threads for every block.
 */
@ProviderType
public interface SessionClock {

    /** Nanoseconds since the session clock's origin; monotonic, never negative. */
    long nanos();

    /** Wall-clock time of the origin in milliseconds since the Unix epoch (UTC), for display and export headers. */
    long originEpochMillis();

    /** Converts a session time to wall-clock milliseconds since the Unix epoch (UTC). */
    default long toEpochMillis(long sessionNanos) {
        return originEpochMillis() + Math.floorDiv(sessionNanos, 1_000_000L);
    }
}
