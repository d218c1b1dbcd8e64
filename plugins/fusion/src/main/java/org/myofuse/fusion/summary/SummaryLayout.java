package org.myofuse.fusion.summary;

import java.util.ArrayDeque;
import java.util.Deque;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.Instantiatable;

/**
 * The summary's layout (docs/summary.md), as a Jackson pretty printer: two-space indentation, LF line
 * ends, {@code "key": value} with one space after the colon, every object entry on its own line, a
 * list of plain values on one line ({@code [1, 2.5]}), a list of objects (or lists) with one element
 * per line, empty objects and lists as {@code {}} and {@code []}. Jackson's own printer cannot give
 * that: its lists are laid out one way whatever they hold.
 *
 * <p>Whether a list is one line is decided by its first element: the summary's lists are homogeneous
 * (all numbers, all strings or all objects).
 *
 * <p>Not thread-safe: it tracks the open containers of one document. Jackson makes a fresh instance
 * per document through {@link Instantiatable}.
 */
final class SummaryLayout implements PrettyPrinter, Instantiatable<SummaryLayout> {

    private static final String INDENT = "  ";

    /** One entry per open list, innermost first: true once the list is known to be one element per line. */
    private final Deque<boolean[]> lists = new ArrayDeque<>();
    /** One entry per open container, innermost first: true for a list. */
    private final Deque<Boolean> containers = new ArrayDeque<>();

    @Override
    public SummaryLayout createInstance() {
        return new SummaryLayout();
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        // one document per text: nothing between root values
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        startContainer(g, '{', false);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        newLine(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        containers.pop();
        if (entries > 0) {
            newLine(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        startContainer(g, '[', true);
        lists.push(new boolean[1]);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        // the first element decides the layout: an object or list starts its own line, a plain value does not
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        g.writeRaw(lists.peek()[0] ? "," : ", ");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        containers.pop();
        if (lists.pop()[0]) {
            newLine(g);
        }
        g.writeRaw(']');
    }

    /** An object or list that is an element of a list goes on its own line, and makes the list one element per line. */
    private void startContainer(JsonGenerator g, char bracket, boolean list) {
        if (Boolean.TRUE.equals(containers.peek())) {
            lists.peek()[0] = true;
            newLine(g);
        }
        g.writeRaw(bracket);
        containers.push(list);
    }

    private void newLine(JsonGenerator g) {
        g.writeRaw('\n');
        for (int i = 0; i < containers.size(); i++) {
            g.writeRaw(INDENT);
        }
    }
}
