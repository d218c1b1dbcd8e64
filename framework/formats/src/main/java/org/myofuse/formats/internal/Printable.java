package org.myofuse.formats.internal;

/**
 * Text from a file as an error message may quote it: control characters (a line break inside a
 * quoted field, a tab) become {@code ?} and long text is cut, so the message stays one readable line.
 */
public final class Printable {

    private static final int MAX = 120;

    private Printable() {
    }

    public static String of(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX + 3));
        for (int i = 0; i < text.length() && b.length() < MAX; i++) {
            char c = text.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        return text.length() > MAX ? b.append("...").toString() : b.toString();
    }
}
