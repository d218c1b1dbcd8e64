package org.myofuse.line.protocol;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The syntax of one device's lines.
 *
 * @param format        positional values or key=value pairs
 * @param separator     what separates fields
 * @param keys          the channel names, in channel order (the keys of {@link LineFormat#KEYVALUE} lines)
 * @param prefix        text a sample line starts with, stripped (e.g. {@code Reading:}); empty for none
 * @param maxLineLength longest accepted line in bytes, without the terminator
 * @param trailingText  {@link LineFormat#VALUES} only: accept a word after the last value (a unit, as in
 *                      {@code Reading: 12.3 lbs})
 */
public record LineSyntax(LineFormat format, Separator separator, List<String> keys, String prefix, int maxLineLength,
        boolean trailingText) {

    /** Upper bound of {@link #maxLineLength}. */
    public static final int MAX_LINE_LIMIT = 65_536;

    public LineSyntax {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(separator, "separator");
        Objects.requireNonNull(prefix, "prefix");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a line device needs at least one channel");
        }
        if (maxLineLength < 8 || maxLineLength > MAX_LINE_LIMIT) {
            throw new IllegalArgumentException("maxLineLength " + maxLineLength + ": must be 8 to " + MAX_LINE_LIMIT);
        }
        if (prefix.indexOf('\r') >= 0 || prefix.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("prefix must not contain a line ending");
        }
        for (String key : keys) {
            if (format == LineFormat.KEYVALUE && !isKey(key)) {
                throw new IllegalArgumentException("channel name '" + key
                        + "': a key=value key must be ASCII letters, digits, '_', '-' or '.'");
            }
        }
    }

    private static boolean isKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Values per line. */
    public int fields() {
        return keys.size();
    }

    byte[][] keyBytes() {
        byte[][] out = new byte[keys.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = keys.get(i).getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }

    byte[] prefixBytes() {
        return prefix.getBytes(StandardCharsets.ISO_8859_1);
    }
}
