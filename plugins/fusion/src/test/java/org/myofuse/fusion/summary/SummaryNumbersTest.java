package org.myofuse.fusion.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The number rules of docs/summary.md, which make equal summaries equal bytes. */
class SummaryNumbersTest {

    @Test
    void shouldWriteNumbersWithNineSignificantDigitsAndNoTrailingZeros() {
        assertEquals("6.06729153", SummaryNumbers.format(6.067291534321));
        assertEquals("0.1", SummaryNumbers.format(0.1));
        assertEquals("100", SummaryNumbers.format(100.0));
        assertEquals("3600.12346", SummaryNumbers.format(3600.123456789));
        assertEquals("-27.7", SummaryNumbers.format(-27.7));
        assertEquals("123456789000", SummaryNumbers.format(123_456_789_012.0));
    }

    @Test
    void shouldRoundTiesToEvenFromTheExactBinaryValue() {
        // both are exact in binary, so the tenth digit is a true tie
        assertEquals("12345678.2", SummaryNumbers.format(12_345_678.25));
        assertEquals("12345678.8", SummaryNumbers.format(12_345_678.75));
        // 0.15 is 0.1499999999999999944... in binary: no tie, and nine digits keep it
        assertEquals("0.15", SummaryNumbers.format(0.15));
    }

    @Test
    void shouldWriteNegativeZeroAsZero() {
        assertEquals("0", SummaryNumbers.format(-0.0));
        assertEquals("0", SummaryNumbers.format(0.0));
    }

    @Test
    void shouldUseENotationOutsidePlainRange() {
        assertEquals("1.5E-7", SummaryNumbers.format(1.5e-7));
        assertEquals("0.0000015", SummaryNumbers.format(1.5e-6));
        assertEquals("0.000001", SummaryNumbers.format(1e-6));
        assertEquals("9.99999999E-7", SummaryNumbers.format(9.99999999e-7));
        assertEquals("2E+15", SummaryNumbers.format(2e15));
        // below 1e15 before rounding: plain, even though nine digits round it up to 1e15
        assertEquals("1000000000000000", SummaryNumbers.format(999_999_999_999_999.9));
        assertEquals("1.79769313E+308", SummaryNumbers.format(Double.MAX_VALUE));
        assertEquals("-4.94065646E-324", SummaryNumbers.format(-Double.MIN_VALUE));
    }

    @Test
    void shouldRefuseNonFiniteNumbersWhichTheFormatWritesAsNull() {
        assertThrows(IllegalArgumentException.class, () -> SummaryNumbers.format(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SummaryNumbers.format(Double.NEGATIVE_INFINITY));
    }
}
