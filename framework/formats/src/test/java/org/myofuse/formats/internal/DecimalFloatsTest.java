package org.myofuse.formats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast parser gives exactly what {@link Float#parseFloat} gives, and refuses what is not a number. */
class DecimalFloatsTest {

    private static float parse(String s) {
        byte[] b = ("x" + s + "y").getBytes(StandardCharsets.ISO_8859_1);
        return DecimalFloats.parse(b, 1, b.length - 1);
    }

    @Test
    void everyFloatWrittenByFloatToStringReadsBackToItsBits() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000_000; i++) {
            float f = switch (i % 4) {
                case 0 -> Float.intBitsToFloat(random.nextInt()); // any bit pattern, extremes included
                case 1 -> (float) (random.nextDouble(-187_500, 187_500));
                case 2 -> (float) random.nextDouble(0, 300);
                default -> (float) (random.nextGaussian() * 1e-3);
            };
            String text = Float.toString(f);
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(text)), Float.floatToRawIntBits(parse(text)), text);
        }
    }

    @Test
    void decimalTextOfOtherWritersReadsAsParseFloatReadsIt() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 500_000; i++) {
            String text = switch (i % 3) {
                case 0 -> String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble(-2e5, 2e5));
                case 1 -> Double.toString(random.nextDouble(-1e6, 1e6));
                default -> String.format(java.util.Locale.ROOT, "%.12e", random.nextDouble(-1, 1) * Math.pow(10,
                        random.nextInt(-40, 40)));
            };
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(text)), Float.floatToRawIntBits(parse(text)), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.0", "0.0", "1", "+2.5", "1.0E-5", "3.4028235E38", "1.4E-45", "NaN", "Infinity",
        "-Infinity", "16777217", "0.1", "123456789012345678901234567890", "1e-50", "7.006492321624086e-46",
        "0.000000000000000000000000000000000000000000001", "1.00000005960464477539062500000000001"})
    void specialCasesMatchParseFloat(String text) {
        assertEquals(Float.floatToRawIntBits(Float.parseFloat(text)), Float.floatToRawIntBits(parse(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "1.2.3", "1e", "1e+", "12a", "a12", " 1", "1 ", "1f", "1d", "--1", "1,5", "0x"})
    void textThatIsNotANumberIsRefused(String text) {
        assertThrows(NumberFormatException.class, () -> parse(text));
    }
}
