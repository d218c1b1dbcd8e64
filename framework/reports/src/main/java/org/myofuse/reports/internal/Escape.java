package org.myofuse.reports.internal;

/**
 * Escaping for text and attribute values. Beyond the five markup characters it replaces what an XML
 * parser would reject (control characters, lone surrogates) with U+FFFD, because patient codes and
 * event details come from users and devices.
 */
final class Escape {

    private static final int REPLACEMENT = 0xFFFD;

    private Escape() {
    }

    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        into(sb, s, false);
        return sb.toString();
    }

    static void into(StringBuilder out, String s, boolean attribute) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            append(out, cp, attribute);
        }
    }

    private static void append(StringBuilder out, int cp, boolean attribute) {
        switch (cp) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            // Kept literally in text; in attributes a parser would normalise them to spaces.
            case '\n', '\t', '\r' -> {
                if (attribute) {
                    out.append("&#").append(cp).append(';');
                } else {
                    out.append((char) cp);
                }
            }
            default -> {
                if (cp < 0x20 || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) {
                    reference(out, REPLACEMENT);
                } else if (cp < 0x7F) {
                    out.append((char) cp);
                } else {
                    reference(out, cp);
                }
            }
        }
    }

    private static void reference(StringBuilder out, int cp) {
        out.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
    }
}
