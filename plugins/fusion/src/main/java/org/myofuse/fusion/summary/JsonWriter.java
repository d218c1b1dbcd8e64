package org.myofuse.fusion.summary;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes a tree of records as pretty-printed JSON: a record is an object whose keys are its
 * components in declaration order (which the language guarantees), a list an array, a non-finite
 * number {@code null}. Numbers are formatted from the exact binary value through {@link BigDecimal}
 * rather than {@code Double.toString}, whose digits changed between JDK releases: the same summary
 * gives the same bytes on every JVM.
 */
public final class JsonWriter {

    /** Significant digits kept: more than any measurement here resolves, so rounding hides nothing. */
    static final MathContext PRECISION = new MathContext(9, RoundingMode.HALF_EVEN);
    private static final String INDENT = "  ";

    private JsonWriter() {
    }

    public static String write(Record root) {
        StringBuilder b = new StringBuilder(4096);
        value(b, root, "");
        return b.append('\n').toString();
    }

    /**
     * A double in the format's one number format: at most nine significant digits, no trailing zeros,
     * plain notation for magnitudes from 1e-6 to below 1e15, else E notation; NaN and infinities null.
     */
    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return "null";
        }
        BigDecimal d = new BigDecimal(x).round(PRECISION).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        double magnitude = Math.abs(x);
        return magnitude >= 1e-6 && magnitude < 1e15 ? d.toPlainString() : d.toString();
    }

    private static void value(StringBuilder b, Object v, String indent) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Record r) {
            object(b, r, indent);
        } else if (v instanceof List<?> l) {
            array(b, l, indent);
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Double || v instanceof Float) {
            b.append(number(((Number) v).doubleValue()));
        } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
            b.append(v);
        } else {
            throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
        }
    }

    private static void object(StringBuilder b, Record r, String indent) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        if (components.length == 0) {
            b.append("{}");
            return;
        }
        String inner = indent + INDENT;
        b.append("{\n");
        for (int i = 0; i < components.length; i++) {
            b.append(inner);
            string(b, components[i].getName());
            b.append(": ");
            value(b, read(r, components[i]), inner);
            b.append(i + 1 < components.length ? ",\n" : "\n");
        }
        b.append(indent).append('}');
    }

    private static Object read(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + r.getClass().getSimpleName() + "." + c.getName(), e);
        }
    }

    /** Lists of plain values stay on one line; lists of objects get one element per line. */
    private static void array(StringBuilder b, List<?> l, String indent) {
        if (l.isEmpty()) {
            b.append("[]");
            return;
        }
        boolean flat = l.stream().noneMatch(e -> e instanceof Record || e instanceof List);
        String inner = indent + INDENT;
        b.append(flat ? "[" : "[\n");
        for (int i = 0; i < l.size(); i++) {
            if (!flat) {
                b.append(inner);
            }
            value(b, l.get(i), inner);
            if (i + 1 < l.size()) {
                b.append(flat ? ", " : ",\n");
            }
        }
        b.append(flat ? "]" : "\n" + indent + "]");
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
