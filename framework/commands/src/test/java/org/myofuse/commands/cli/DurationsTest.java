package org.myofuse.commands.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} is {1} ms")
    @CsvSource({
            "500ms, 500",
            "90s, 90000",
            "5m, 300000",
            "1h, 3600000",
            "1h30m, 5400000",
            "2m30s, 150000",
            "1h0m5s250ms, 3605250",
            "0s1ms, 1",
            "007s, 7000" })
    void shouldParseEveryUnitAndCombinationsOfThem(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), Durations.parse(text));
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "10 | needs a unit",
            "10x | unknown unit 'x'",
            "10S | unknown unit 'S'",
            "1.5s | unexpected '.'; use whole numbers with units, e.g. 1s500ms",
            "-5s | expected a number",
            "s | expected a number",
            "5m1h | largest to smallest",
            "5s5s | largest to smallest",
            "0s | longer than zero",
            "0h0m | longer than zero",
            "99999999999999999999s | too long",
            "9223372036854775807h | too long",
            "5 s | unexpected ' '",
            "' ' | empty" })
    void shouldRefuseMalformedDurationsNamingTheProblem(String text, String expected) {
        var e = assertThrows(IllegalArgumentException.class, () -> Durations.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void shouldRefuseNull() {
        assertThrows(IllegalArgumentException.class, () -> Durations.parse(null));
    }

    @ParameterizedTest
    @CsvSource({ "500ms", "90s", "1m30s", "1h", "2h5m7s3ms" })
    void formatAndParseShouldRoundTrip(String text) {
        assertEquals(Durations.parse(text), Durations.parse(Durations.format(Durations.parse(text))));
    }

    @Test
    void shouldFormatWithTheLargestUnitsFirst() {
        assertEquals("1m30s", Durations.format(Duration.ofSeconds(90)));
        assertEquals("1h", Durations.format(Duration.ofHours(1)));
        assertEquals("1s500ms", Durations.format(Duration.ofMillis(1500)));
        assertEquals("0s", Durations.format(Duration.ZERO));
    }
}
