package org.myofuse.protocols.document;

import java.util.regex.Pattern;

/**
 * A place in a document as the command line prints it: {@code steps[2].targetNormalForce.min}. A
 * property that is not a plain name is quoted, {@code cues['pressure.less'].text}. The whole document is
 * "". Immutable.
 */
public final class DocPath {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    /** The whole document. */
    public static final DocPath ROOT = new DocPath("");

    private final String text;

    private DocPath(String text) {
        this.text = text;
    }

    /** The path of property {@code name} of the object here. */
    public DocPath at(String name) {
        if (PLAIN.matcher(name).matches()) {
            return new DocPath(text.isEmpty() ? name : text + "." + name);
        }
        return new DocPath(text + "['" + name.replace("'", "\\'") + "']");
    }

    /** The path of element {@code index} of the array here. */
    public DocPath at(int index) {
        return new DocPath(text + "[" + index + "]");
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocPath p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
