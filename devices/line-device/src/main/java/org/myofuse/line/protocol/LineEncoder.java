package org.myofuse.line.protocol;

/**
 * Writes lines as a device prints them: used by the simulator and by tests. Numbers are given as
 * text already formatted (e.g. by {@link #fixed}) so that a caller knows exactly what went on the wire.
 */
public final class LineEncoder {

    private LineEncoder() {
    }

    /** One line with its terminator, e.g. {@code "Reading: fz=12 temp=23.41\r\n"}. */
    public static String line(LineSyntax syntax, String[] numbers, String lineEnding) {
        var sb = new StringBuilder(syntax.prefix());
        if (!syntax.prefix().isEmpty()) {
            sb.append(' ');
        }
        for (int i = 0; i < numbers.length; i++) {
            if (i > 0) {
                sb.append(syntax.separator().text());
            }
            if (syntax.format() == LineFormat.KEYVALUE) {
                sb.append(syntax.keys().get(i)).append('=');
            }
            sb.append(numbers[i]);
        }
        return sb.append(lineEnding).toString();
    }

    /** {@code units / 10^decimals} printed with exactly {@code decimals} digits after the point. */
    public static String fixed(long units, int decimals) {
        if (decimals == 0) {
            return Long.toString(units);
        }
        String digits = Long.toString(Math.abs(units));
        while (digits.length() <= decimals) {
            digits = "0" + digits;
        }
        int point = digits.length() - decimals;
        return (units < 0 ? "-" : "") + digits.substring(0, point) + "." + digits.substring(point);
    }
}
