package org.myofuse.simulator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void deadlinesFallOnExactMultiplesOfThePeriod() {
        var pacer = new Pacer(2000, 20, 2_000_000_000L);
        assertEquals(10_000_000L, pacer.nextBlockDue(0));
        assertEquals(20_000_000L, pacer.nextBlockDue(20));
        assertEquals(1_000_000_000L, pacer.nanosFor(2000));
    }

    @Test
    void doesNotDriftForRatesThatDoNotDivideASecond() {
        var pacer = new Pacer(3, 1, 0);
        assertEquals(333_333_333L, pacer.nanosFor(1));
        assertEquals(666_666_666L, pacer.nanosFor(2));
        assertEquals(1_000_000_000L, pacer.nanosFor(3));
        assertEquals(3_600_000_000_000L, pacer.nanosFor(3 * 3600));
    }

    @Test
    void doesNotOverflowAfterYearsOfSamples() {
        var pacer = new Pacer(2000, 20, 0);
        long tenYears = 10L * 365 * 24 * 3600;
        assertEquals(tenYears * 1_000_000_000L, pacer.nanosFor(tenYears * 2000));
        assertEquals(tenYears * 2000, pacer.framesAt(tenYears * 1_000_000_000L));
    }

    @Test
    void framesAtRoundsDown() {
        var pacer = new Pacer(1000, 10, 0);
        assertEquals(0, pacer.framesAt(999_999));
        assertEquals(1, pacer.framesAt(1_000_000));
        assertEquals(1500, pacer.framesAt(1_500_999_999L));
    }

    @Test
    void keepsABacklogWithinTheAllowedLag() {
        var pacer = new Pacer(1000, 10, 2_000_000_000L);
        assertEquals(0, pacer.framesToSkip(0, 1_500_000_000L));
        assertEquals(0, pacer.framesToSkip(0, 2_000_000_000L));
    }

    @Test
    void givesUpABacklogBeyondTheAllowedLagDownToOneBlockInWholeBlocks() {
        var pacer = new Pacer(1000, 10, 2_000_000_000L);
        // one hour suspended after 5 s of streaming
        long elapsed = 3_605_000_000_000L;
        long skip = pacer.framesToSkip(5000, elapsed);
        assertEquals(0, skip % 10);
        long remaining = pacer.framesAt(elapsed) - 5000 - skip;
        assertEquals(10, remaining);
    }
}
