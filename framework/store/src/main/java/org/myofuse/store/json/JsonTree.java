package org.myofuse.store.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document (RFC 8259) into maps, lists, strings, doubles, booleans and null, and looks
 * values up by dotted path. Left for the commands bundle's reading of stored summaries (docs/summary.md)
 * until it uses the typed summary; the store does not use it. Small documents only; thread-safe.
 */
public final class JsonTree {

    private final String text;
    private int at;

    private JsonTree(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException if the text is not one JSON value */
    public static Object parse(String text) {
        JsonTree p = new JsonTree(text);
        Object value = p.value();
        p.skipSpace();
        if (p.at != text.length()) {
            throw p.error("text after the JSON value");
        }
        return value;
    }

    /** The number at {@code path} (e.g. {@code force.meanNormalN}), or NaN if absent or not a number. */
    public static double number(Object root, String path) {
        Object v = at(root, path);
        return v instanceof Double d ? d : Double.NaN;
    }

    /** The number of elements of the list at {@code path}, or -1 if there is none. */
    public static int size(Object root, String path) {
        Object v = at(root, path);
        return v instanceof List<?> l ? l.size() : -1;
    }

    public static Object at(Object root, String path) {
        Object v = root;
        for (String key : path.split("\\.")) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            v = m.get(key);
        }
        return v;
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
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
        do {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            map.put(key, value());
            skipSpace();
        } while (consume(','));
        expect('}');
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return list;
        }
        do {
            list.add(value());
            skipSpace();
        } while (consume(','));
        expect(']');
        return list;
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (at < text.length() && text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c == '\\') {
                b.append(escape());
            } else {
                b.append(c);
            }
        }
        expect('"');
        return b.toString();
    }

    private char escape() {
        if (at >= text.length()) {
            throw error("unexpected end in a string");
        }
        char c = text.charAt(at++);
        return switch (c) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'u' -> unicode();
            default -> c;
        };
    }

    private char unicode() {
        if (at + 4 > text.length()) {
            throw error("short \\u escape");
        }
        char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
        at += 4;
        return c;
    }

    private Double number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        try {
            return Double.valueOf(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw error("not a JSON value");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("not a JSON value");
        }
        at += word.length();
        return value;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private boolean consume(char c) {
        if (peek() == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("JSON: " + what + " at character " + at);
    }
}
