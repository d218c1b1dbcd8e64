package org.myofuse.fusion.summary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The summary's one number format (docs/summary.md), and Jackson's serializer and deserializer for
 * {@code double} in it. Written here rather than left to Jackson for a stated reason: Jackson writes
 * the shortest digits that read back to the same double ({@code Double.toString} rules, which
 * changed between JDK releases), while the published format rounds to nine significant digits from
 * the exact binary value, so that equal summaries are equal bytes on every JVM and the text does not
 * claim precision no measurement here has.
 */
final class SummaryNumbers {

    /** Significant digits kept: more than any measurement here resolves, so rounding hides nothing. */
    static final MathContext PRECISION = new MathContext(9, RoundingMode.HALF_EVEN);

    private SummaryNumbers() {
    }

    /**
     * A finite double in the format: at most nine significant digits (half-even from the exact binary
     * value), no trailing zeros, integers without a decimal point, {@code -0} as {@code 0}, plain
     * notation for magnitudes from 1e-6 to below 1e15, else E notation ({@code 1.5E-7}, {@code 2E+15}).
     *
     * @throws IllegalArgumentException for NaN and the infinities, which the format writes as {@code null}
     */
    static String format(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("no number form for " + x + ": the format writes null");
        }
        BigDecimal d = new BigDecimal(x).round(PRECISION).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        double magnitude = Math.abs(x);
        return magnitude >= 1e-6 && magnitude < 1e15 ? d.toPlainString() : d.toString();
    }

    /** Writes a double in the format, a non-finite one as {@code null}. */
    static final class Writer extends StdSerializer<Double> {

        Writer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator g, SerializationContext context) {
            double x = value;
            if (Double.isFinite(x)) {
                g.writeNumber(format(x));
            } else {
                g.writeNull();
            }
        }
    }

    /**
     * Reads a JSON number as a double and {@code null} as NaN (a value that was not measured); a
     * string, boolean, object or list where a number belongs is refused rather than converted, and so
     * is a number beyond the range of a double (the format never writes one).
     */
    static final class Reader extends StdDeserializer<Double> {

        Reader() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext context) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                double x = p.getDoubleValue();
                if (Double.isInfinite(x)) {
                    return (Double) context.reportInputMismatch(this, "a number beyond the range of a double");
                }
                return x;
            }
            return (Double) context.handleUnexpectedToken(Double.class, p);
        }

        @Override
        public Double getNullValue(DeserializationContext context) {
            return Double.NaN;
        }
    }
}
