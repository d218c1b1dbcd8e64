package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class HeadlessRunTest {

    @Test
    void theDeadlineShouldBeStartPlusDuration() {
        assertEquals(1_500_000_000L, HeadlessRun.deadline(500_000_000L, Duration.ofSeconds(1)));
    }

    @Test
    void aDurationBeyondWhatNanosecondsHoldShouldMeanNoDeadline() {
        assertEquals(Long.MAX_VALUE, HeadlessRun.deadline(5, Duration.ofMillis(Long.MAX_VALUE)));
        assertEquals(Long.MAX_VALUE, HeadlessRun.deadline(Long.MAX_VALUE - 10, Duration.ofSeconds(1)));
    }
}
