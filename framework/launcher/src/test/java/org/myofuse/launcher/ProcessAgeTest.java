package org.myofuse.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProcessAgeTest {

    private static String fixture(String name) throws IOException {
        try (var in = ProcessAgeTest.class.getResourceAsStream("/proc/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void shouldSubtractTheStartTicksFromTheUptime() throws IOException {
        // starttime 159219 ticks = 1592.19 s after boot; uptime 1592.70 s
        assertEquals(510, ProcessAge.millis(fixture("stat-java"), "1592.70 2427.83\n"));
    }

    @Test
    void shouldCopeWithBlanksAndParenthesesInTheCommandName() throws IOException {
        assertEquals(1_250, ProcessAge.millis(fixture("stat-odd-name"), "100.00 50.00\n"));
    }

    @Test
    void thisProcessShouldHaveStartedAFewSecondsAgoAtMost() {
        // Ground truth on Linux: the JVM running this test started before the test and not long before.
        var age = ProcessAge.millis();
        if (age.isPresent()) {
            assertTrue(age.getAsLong() >= 0 && age.getAsLong() < 3_600_000, "age " + age.getAsLong());
        }
    }
}
