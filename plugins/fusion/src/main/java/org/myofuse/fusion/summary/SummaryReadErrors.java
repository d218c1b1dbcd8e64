package org.myofuse.fusion.summary;

import java.util.Collection;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson's binding failures into the one line the summary reader promises: the path of the
 * field in the document ({@code force.strokes[3].peakNormalN}), what belongs there and what was found.
 * Jackson's own messages name Java types and wrap the reference chain over several lines.
 */
final class SummaryReadErrors {

    private static final int QUOTE_MAX = 40;

    private SummaryReadErrors() {
    }

    /** One line for a failure to bind {@code document}: {@code path: what is wrong}. */
    static String describe(JacksonException e, JsonNode document) {
        List<JacksonException.Reference> path = e.getPath();
        JsonNode node = at(document, path);
        String where = path(path);
        if (e instanceof ValueInstantiationException) {
            // the model's records refuse a null element in a list: name the element
            String element = nullElement(node);
            if (element != null) {
                return (where.isEmpty() ? element : where + "." + element) + ": null where a value belongs";
            }
        }
        String label = where.isEmpty() ? "summary" : where;
        if (e instanceof InputCoercionException c && node != null) {
            return label + ": expected " + kind(c.getTargetType()) + range(c.getTargetType()) + ", found " + found(node);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            if (node == null) {
                return label + ": missing";
            }
            String expected = kind(m.getTargetType());
            if (!expected.equals(kind(node))) {
                return label + ": expected " + expected + ", found " + found(node);
            }
        }
        return label + ": " + oneLine(e.getOriginalMessage());
    }

    /** What a document holds, for a message: {@code the string "abc"}, {@code the number 3}, {@code null}... */
    static String found(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            String s = node.stringValue();
            return "the string \"" + oneLine(s.length() > QUOTE_MAX ? s.substring(0, QUOTE_MAX) + "..." : s) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asString();
        }
        if (node.isBoolean()) {
            return node.asString();
        }
        return node.isArray() ? "a list" : "an object";
    }

    /** Jackson messages may span lines; the reader's error is one. */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }

    private static String kind(Class<?> type) {
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        return Collection.class.isAssignableFrom(type) ? "a list" : "an object";
    }

    private static String range(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        return type == long.class || type == Long.class ? " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE : "";
    }

    /** The node the path leads to; null where the document has none. */
    private static JsonNode at(JsonNode document, List<JacksonException.Reference> path) {
        JsonNode node = document;
        for (JacksonException.Reference r : path) {
            if (node == null) {
                return null;
            }
            node = r.getPropertyName() != null ? node.get(r.getPropertyName()) : node.get(r.getIndex());
        }
        return node;
    }

    /** The kind of value a node is, in the words of {@link #kind(Class)}; null is none of them. */
    private static String kind(JsonNode node) {
        if (node.isNumber()) {
            return node.isIntegralNumber() ? "an integer" : "a number";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        return node.isArray() ? "a list" : node.isObject() ? "an object" : "null";
    }

    /** {@code key[i]} of the first null element of a list held by {@code object}; null when none. */
    private static String nullElement(JsonNode object) {
        if (object == null || !object.isObject()) {
            return null;
        }
        for (var entry : object.properties()) {
            JsonNode list = entry.getValue();
            for (int i = 0; list.isArray() && i < list.size(); i++) {
                if (list.get(i).isNull()) {
                    return entry.getKey() + "[" + i + "]";
                }
            }
        }
        return null;
    }

    private static String path(List<JacksonException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : path) {
            if (r.getPropertyName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getPropertyName());
            } else {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
