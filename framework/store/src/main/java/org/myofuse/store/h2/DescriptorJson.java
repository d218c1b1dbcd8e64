package org.myofuse.store.h2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;

/**
 * Reads back the stream descriptor documents that {@link Json#descriptor} writes. A small parser for
 * that one shape (objects, arrays, strings, numbers) rather than a JSON library in the bundle.
 */
final class DescriptorJson {

    private final String text;
    private int at;

    private DescriptorJson(String text) {
        this.text = text;
    }

    /** The device of a stored stream; {@link IllegalArgumentException} naming the problem if the document is damaged. */
    static DeviceDescriptor parse(String json) {
        Object value = new DescriptorJson(json).document();
        if (!(value instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException("stream descriptor is not a JSON object");
        }
        List<ChannelDescriptor> channels = new ArrayList<>();
        for (Object o : list(root, "channels")) {
            Map<?, ?> c = (Map<?, ?>) o;
            channels.add(new ChannelDescriptor(string(c, "name"), string(c, "unit"), number(c, "sampleRateHz"),
                    string(c, "site"), number(c, "min"), number(c, "max"), number(c, "resolution")));
        }
        GridLayout grid = null;
        if (root.get("grid") instanceof Map<?, ?> g) {
            grid = new GridLayout((int) number(g, "rows"), (int) number(g, "columns"), number(g, "rowPitchMm"),
                    number(g, "columnPitchMm"));
        }
        return new DeviceDescriptor(string(root, "typeId"), string(root, "vendor"), string(root, "model"),
                string(root, "firmware"), string(root, "serialNumber"), channels, grid);
    }

    private static String string(Map<?, ?> map, String key) {
        if (map.get(key) instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("stream descriptor lacks text field " + key);
    }

    private static double number(Map<?, ?> map, String key) {
        if (map.get(key) instanceof Double d) {
            return d;
        }
        throw new IllegalArgumentException("stream descriptor lacks number field " + key);
    }

    private static List<?> list(Map<?, ?> map, String key) {
        if (map.get(key) instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("stream descriptor lacks list " + key);
    }

    private Object document() {
        Object value = value();
        skipSpace();
        if (at != text.length()) {
            throw error("text after the document");
        }
        return value;
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw error("document ends early");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return map;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            map.put(key, value());
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return list;
        }
        while (true) {
            list.add(value());
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("short \\u escape");
                    }
                    b.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> b.append(e);
            }
        }
    }

    /** Numbers as Java's {@code StringBuilder.append(double)} writes them, NaN and Infinity included. */
    private Double number() {
        int start = at;
        while (at < text.length() && "+-.0123456789eEINaifnity".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        try {
            return Double.valueOf(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw error("bad number '" + text.substring(start, at) + "'");
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private char next() {
        if (at >= text.length()) {
            throw error("document ends early");
        }
        return text.charAt(at++);
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String reason) {
        return new IllegalArgumentException("stream descriptor is damaged at character " + at + ": " + reason);
    }
}
