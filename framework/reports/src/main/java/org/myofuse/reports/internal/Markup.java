package org.myofuse.reports.internal;

/**
 * Writes XHTML and SVG elements into memory, escaping every piece of text and every attribute value.
 * The output is pure ASCII (other characters become numeric character references), so it reads the
 * same through any {@link java.io.Writer} encoding and parses as XML.
 */
public final class Markup {

    private final StringBuilder out;

    public Markup(int expectedChars) {
        this.out = new StringBuilder(expectedChars);
    }

    /** {@code <name a="v" ...>}; {@code attributes} are name/value pairs, a {@code null} value omits the pair. */
    public Markup open(String name, String... attributes) {
        startTag(name, attributes);
        out.append('>');
        return this;
    }

    public Markup close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name a="v" .../>}. */
    public Markup leaf(String name, String... attributes) {
        startTag(name, attributes);
        out.append("/>");
        return this;
    }

    /** {@code <name ...>text</name>}. */
    public Markup element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close(name);
    }

    public Markup text(String text) {
        Escape.into(out, text, false);
        return this;
    }

    /** Appends markup this package wrote itself (the style sheet, the doctype); never user text. */
    Markup trusted(String markup) {
        out.append(markup);
        return this;
    }

    public Markup newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void startTag(String name, String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs: " + name);
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            Escape.into(out, attributes[i + 1], true);
            out.append('"');
        }
    }
}
