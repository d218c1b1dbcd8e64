package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.fusion.summary.SummaryCodec;
import org.myofuse.fusion.summary.SummaryExamples;

/**
 * Writing a summary and reading it back gives the summary again: exactly for values the format holds
 * exactly (nine significant digits), within the format's rounding otherwise, NaN for what was not a
 * finite number; and the text read back writes the same bytes.
 */
class SummaryRoundTripTest {

    /** Half a unit in the ninth significant digit, relative, with room for the decimal-to-binary step. */
    private static final double ROUNDING = 5.000001e-9;

    private static List<SessionSummary> simulated;

    @BeforeAll
    static void analyse() {
        simulated = List.of(SummaryGoldenBytesTest.simulated(SessionAnalysisTest.SECONDS, 0, 1, 2),
                SummaryGoldenBytesTest.simulated(20, 0), SummaryGoldenBytesTest.simulated(20, 1),
                SessionAnalysisTest.analysis().finish());
    }

    @Test
    void shouldReadSimulatedSessionsBackWithinTheFormatsRounding() {
        for (SessionSummary s : simulated) {
            String json = SummaryCodec.write(s);
            SessionSummary back = SummaryCodec.read(json);
            assertWithinRounding(s, back, "summary");
            assertEquals(json, SummaryCodec.write(back), "the text read back writes the same bytes");
            assertEquals(back, SummaryCodec.read(SummaryCodec.write(back)), "the value read back reads back equal");
        }
    }

    @Test
    void shouldReadExactlyWhatTheFormatHoldsExactly() {
        // every double of the three-device session once it went through the text: nine digits at most
        SessionSummary nineDigits = SummaryCodec.read(SummaryCodec.write(simulated.get(0)));
        SessionSummary back = SummaryCodec.read(SummaryCodec.write(nineDigits));
        assertEquals(nineDigits, back);
        assertEquals(nineDigits.hashCode(), back.hashCode());
        // NaN equals NaN in a record, so an unmeasured value does not break equality
        assertTrue(Double.isNaN(back.emg().channels().get(2).meanPctMvc()));
        // but the reader does not pretend: the simulated summary itself has more digits than the text
        assertNotEquals(simulated.get(0), nineDigits);
    }

    @Test
    void shouldReadTheCornersBackAsTheFormatDefinesThem() {
        SessionSummary corners = SummaryExamples.corners();
        String json = SummaryCodec.write(corners);
        SessionSummary back = SummaryCodec.read(json);
        assertWithinRounding(corners, back, "summary");
        // the same bytes again but for one number: notation is chosen on the value before rounding (docs/summary.md),
        // so 999999999999999.9 is plain, while the 1e15 it reads back as is at the E-notation edge
        assertEquals(json.replace("\"meanShearN\": 1000000000000000,", "\"meanShearN\": 1E+15,"), SummaryCodec.write(back));
        assertEquals(0.0, back.streams().get(0).clockDriftPpm(), "-0 is written and read as 0");
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(back.streams().get(0).clockDriftPpm()));
        assertNull(back.mat().ellipse());
    }

    /** {@code actual} is {@code expected} as the format holds it: each double to nine significant digits, non-finite as NaN. */
    private static void assertWithinRounding(Object expected, Object actual, String path) {
        if (expected instanceof Double e) {
            double a = (Double) actual;
            if (Double.isFinite(e)) {
                assertEquals(e, a, Math.abs(e) * ROUNDING, path);
            } else {
                assertTrue(Double.isNaN(a), path + " was " + e + ", read " + a);
            }
        } else if (expected instanceof Record r) {
            assertEquals(r.getClass(), actual.getClass(), path);
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                assertWithinRounding(value(c, r), value(c, actual), path + "." + c.getName());
            }
        } else if (expected instanceof List<?> l) {
            List<?> a = (List<?>) actual;
            assertEquals(l.size(), a.size(), path);
            for (int i = 0; i < l.size(); i++) {
                assertWithinRounding(l.get(i), a.get(i), path + "[" + i + "]");
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(c.getName(), e);
        }
    }
}
