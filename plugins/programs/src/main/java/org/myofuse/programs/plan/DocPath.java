package org.myofuse.programs.plan;

import java.util.regex.Pattern;

/**
 * A place in a plan document as messages print it, {@code phases[1].weeks.from}; a property that is not
 * a plain name is quoted ({@code references['a b']}); the whole document is "". Immutable.
 */
final class DocPath {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    static final DocPath ROOT = new DocPath("");

    private final String text;

    private DocPath(String text) {
        this.text = text;
    }

    DocPath at(String name) {
        if (PLAIN.matcher(name).matches()) {
            return new DocPath(text.isEmpty() ? name : text + "." + name);
        }
        return new DocPath(text + "['" + name.replace("'", "\\'") + "']");
    }

    DocPath at(int index) {
        return new DocPath(text + "[" + index + "]");
    }

    @Override
    public String toString() {
        return text;
    }
}
