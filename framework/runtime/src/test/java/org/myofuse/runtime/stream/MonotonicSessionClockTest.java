package org.myofuse.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonotonicSessionClockTest {

    @Test
    void shouldStartNearZeroAndNeverGoBackwards() {
        var clock = new MonotonicSessionClock();
        long previous = clock.nanos();
        assertTrue(previous >= 0);
        for (int i = 0; i < 100_000; i++) {
            long now = clock.nanos();
            assertTrue(now >= previous, "monotonic");
            previous = now;
        }
    }

    @Test
    void shouldMapSessionTimeToWallClockFromTheOrigin() {
        long before = System.currentTimeMillis();
        var clock = new MonotonicSessionClock();
        long after = System.currentTimeMillis();
        assertTrue(clock.originEpochMillis() >= before && clock.originEpochMillis() <= after);
        assertEquals(clock.originEpochMillis() + 1500, clock.toEpochMillis(1_500_000_000L));
        long nowFromClock = clock.toEpochMillis(clock.nanos());
        // Both are the wall clock now, one via the monotonic clock; they may differ by clock slew only.
        assertTrue(Math.abs(nowFromClock - System.currentTimeMillis()) < 1000);
    }
}
