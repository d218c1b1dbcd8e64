package org.myofuse.fusion.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The number and layout rules of docs/summary.md, which make equal summaries equal bytes. */
class JsonWriterTest {

    @Test
    void shouldWriteNumbersWithNineSignificantDigitsAndNoTrailingZeros() {
        assertEquals("6.06729153", JsonWriter.number(6.067291534321));
        assertEquals("0.1", JsonWriter.number(0.1));
        assertEquals("100", JsonWriter.number(100.0));
        assertEquals("3600.12346", JsonWriter.number(3600.123456789));
        assertEquals("-27.7", JsonWriter.number(-27.7));
        assertEquals("123456789000", JsonWriter.number(123_456_789_012.0));
    }

    @Test
    void shouldWriteNotANumberAsNullAndNegativeZeroAsZero() {
        assertEquals("null", JsonWriter.number(Double.NaN));
        assertEquals("null", JsonWriter.number(Double.POSITIVE_INFINITY));
        assertEquals("0", JsonWriter.number(-0.0));
    }

    @Test
    void shouldUseENotationOutsidePlainRange() {
        assertEquals("1.5E-7", JsonWriter.number(1.5e-7));
        assertEquals("0.0000015", JsonWriter.number(1.5e-6));
        assertEquals("2E+15", JsonWriter.number(2e15));
    }

    record Inner(String name, List<Double> values) {
    }

    record Outer(int count, boolean flag, Inner inner, List<Inner> list, Inner absent, double missing) {
    }

    @Test
    void shouldWriteRecordComponentsInDeclarationOrderWithTwoSpaceIndent() {
        String json = JsonWriter.write(new Outer(2, true, new Inner("a \"q\"\n", List.of(1.0, 2.5)),
                List.of(new Inner("b", List.of())), null, Double.NaN));
        assertEquals("""
                {
                  "count": 2,
                  "flag": true,
                  "inner": {
                    "name": "a \\"q\\"\\n",
                    "values": [1, 2.5]
                  },
                  "list": [
                    {
                      "name": "b",
                      "values": []
                    }
                  ],
                  "absent": null,
                  "missing": null
                }
                """, json);
    }

    record Unsupported(Object value) {
    }

    @Test
    void shouldRefuseValuesWithoutAJsonForm() {
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(new Unsupported(new Object())));
    }
}
