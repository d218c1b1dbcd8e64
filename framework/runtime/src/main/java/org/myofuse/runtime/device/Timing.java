package org.myofuse.runtime.device;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The device manager's time constants.
 *
 * @param stallTimeout   a streaming device with no block for longer than this is STALLED
 * @param watchdogPeriod how often the stall watchdog looks
 * @param closeTimeout   how long stopping and closing a connection may take before the manager gives up on it
 * @param retryBackoff   delays before reconnect attempts after a failure: the n-th consecutive failure waits
 *                       the n-th entry, the last entry repeats
 */
public record Timing(Duration stallTimeout, Duration watchdogPeriod, Duration closeTimeout, List<Duration> retryBackoff) {

    /** 1 s stall timeout checked four times a second, 2 s to close, retries after 1, 2, 5, then every 10 s. */
    public static final Timing DEFAULT = new Timing(Duration.ofSeconds(1), Duration.ofMillis(250), Duration.ofSeconds(2),
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10)));

    public Timing {
        Objects.requireNonNull(stallTimeout, "stallTimeout");
        Objects.requireNonNull(watchdogPeriod, "watchdogPeriod");
        Objects.requireNonNull(closeTimeout, "closeTimeout");
        retryBackoff = List.copyOf(retryBackoff);
        if (retryBackoff.isEmpty()) {
            throw new IllegalArgumentException("retryBackoff needs at least one delay");
        }
    }

    /** The delay before the next attempt after {@code failures} consecutive failures (1 or more). */
    public Duration backoff(int failures) {
        return retryBackoff.get(Math.min(Math.max(failures, 1), retryBackoff.size()) - 1);
    }
}
