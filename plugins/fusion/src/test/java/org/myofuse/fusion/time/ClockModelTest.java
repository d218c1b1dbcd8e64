package org.myofuse.fusion.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ClockModelTest {

    @Test
    void shouldRecoverOffsetAndDriftThroughTensOfMillisecondsOfBatchingJitter() {
        double rate = 2000;
        double trueDriftPpm = 80;
        long offsetNanos = 3_000_000_000L;
        ClockModel clock = new ClockModel(rate, 0, 1, 60);
        Random random = new Random(9);
        long worst = 0;
        for (long last = 39; last < 300 * rate; last += 40) {
            long sampled = offsetNanos + Math.round(last * 1e9 / rate * (1 + trueDriftPpm * 1e-6));
            // USB batching: 1-40 ms late, now and then a 200 ms stall
            long delay = (long) (1e6 + random.nextDouble() * 39e6) + (random.nextInt(50) == 0 ? 200_000_000L : 0);
            clock.observe(last, sampled + delay);
            if (last > 30 * rate) {
                worst = Math.max(worst, Math.abs(clock.timeOf(last) - sampled));
            }
        }
        // minima of about 50 blocks per second scatter by under a millisecond; over a 60 s fit that is a few ppm
        assertEquals(trueDriftPpm, clock.driftPpm(), 15);
        // the least delayed block of each second is within about a millisecond of the true sampling time
        assertEquals(0, worst / 1e6, 3.0, "worst time error after 30 s, ms");
    }

    @Test
    void shouldSubtractTheConfiguredLatency() {
        ClockModel clock = new ClockModel(1000, 12, 1, 10);
        clock.observe(99, 1_000_000_000L);
        assertEquals(1_000_000_000L - 12_000_000L, clock.timeOf(99));
        assertEquals(1_000_000_000L - 12_000_000L - 99_000_000L, clock.timeOf(0));
    }
}
