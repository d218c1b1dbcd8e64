package org.myofuse.example.forcegauge.gcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadingParserTest {

    private final ReadingParser parser = new ReadingParser();

    private ReadingParser.Outcome parse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
        return parser.parse(bytes, bytes.length, ForceUnit.NEWTON);
    }

    @Test
    void theGuidesExampleReadingsAreTensionInPoundsAndCompressionInNewtons() {
        assertEquals(ReadingParser.Outcome.READING, parse("-18.78 lbF"));
        assertEquals(ForceUnit.POUND_FORCE, parser.unit());
        assertEquals(-18.78, parser.value());
        assertEquals(-18.78 * 4.4482216152605, parser.newtons(), 1e-12);
        assertEquals(0.01 * 4.4482216152605, parser.resolutionNewtons(), 1e-15);

        assertEquals(ReadingParser.Outcome.READING, parse("4.285 N"));
        assertEquals(ForceUnit.NEWTON, parser.unit());
        assertEquals(4.285, parser.newtons());
        assertEquals(3, parser.decimals());
        assertEquals(0.001, parser.resolutionNewtons(), 1e-18);
    }

    @ParameterizedTest
    @CsvSource({
        "12.5 N, 12.5, NEWTON",
        "+12.5 N, 12.5, NEWTON",
        "-0.00 N, -0.0, NEWTON",
        "250 mN, 0.25, MILLINEWTON",
        "0.01234 kN, 12.34, KILONEWTON",
        "16.00 ozF, 4.4482216152605, OUNCE_FORCE",
        "1.000 kgF, 9.80665, KILOGRAM_FORCE",
        "100.0 gF, 0.980665, GRAM_FORCE",
        "2.5 LBF, 11.12055403815125, POUND_FORCE",
        "'  3.5   n  ', 3.5, NEWTON",
        "5., 5.0, NEWTON",
        ".5 N, 0.5, NEWTON",
        "123456789012345 N, 123456789012345, NEWTON",
        "0.123456789 N, 0.123456789, NEWTON"
    })
    void readsEveryUnitInAnyCaseAndConvertsToNewtons(String line, double newtons, ForceUnit unit) {
        assertEquals(ReadingParser.Outcome.READING, parse(line), line);
        assertEquals(unit, parser.unit(), line);
        assertEquals(newtons, parser.newtons(), Math.abs(newtons) * 1e-15, line);
    }

    @Test
    void aReadingWithoutUnitIsInTheUnitTheDriverSelected() {
        byte[] line = "-7.25".getBytes(StandardCharsets.US_ASCII);
        assertEquals(ReadingParser.Outcome.READING, parser.parse(line, line.length, ForceUnit.KILOGRAM_FORCE));
        assertEquals(ForceUnit.KILOGRAM_FORCE, parser.unit());
        assertEquals(-7.25 * 9.80665, parser.newtons(), 1e-12);
    }

    @Test
    void theValueIsTheCorrectlyRoundedDoubleOfWhatWasPrinted() {
        var random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            long mantissa = random.nextLong(1_000_000_000_000L);
            int decimals = random.nextInt(10);
            String digits = Long.toString(mantissa);
            String text = decimals == 0 ? digits
                    : (digits.length() > decimals ? digits.substring(0, digits.length() - decimals) : "0") + "."
                            + "0".repeat(Math.max(0, decimals - digits.length())) + digits.substring(Math.max(0, digits.length() - decimals));
            assertEquals(ReadingParser.Outcome.READING, parse(text + " N"), text);
            assertEquals(Double.parseDouble(text), parser.value(), text);
        }
    }

    @Test
    void errorResponsesAreRecognisedWithTheirCode() {
        assertEquals(ReadingParser.Outcome.ERROR_CODE, parse("*10"));
        assertEquals(10, parser.errorCode());
        assertEquals(ReadingParser.Outcome.ERROR_CODE, parse("*22 "));
        assertEquals(22, parser.errorCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "N", "-", "+ 1.0 N", "- 1.0 N", ".", "1.2.3 N", "12.3N", "12.3 Nq", "12.3 xyz",
        "12.3 N 4", "1x.5 N", "12.3 lbF,", "1234567890123456 N", "0.1234567890 N", "*", "*1x", "**10", "M5-20",
        "V1.00;LBF;CUR", "12,5 N", "1e3 N"})
    void anythingElseIsMalformed(String line) {
        assertEquals(ReadingParser.Outcome.MALFORMED, parse(line), "'" + line + "'");
    }
}
