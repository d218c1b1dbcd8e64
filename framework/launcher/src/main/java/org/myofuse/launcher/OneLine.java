package org.myofuse.launcher;

import java.util.ArrayList;
import java.util.List;

/** Turns an exception chain into one line: the distinct messages from outermost to root cause. */
final class OneLine {

    private OneLine() {
    }

    static String of(Throwable t) {
        List<String> parts = new ArrayList<>();
        for (Throwable c = t; c != null && parts.size() < 5; c = c.getCause() == c ? null : c.getCause()) {
            String part = (c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage().strip())
                    .replaceAll("\\s*\\R\\s*", " ");
            if (parts.stream().noneMatch(p -> p.contains(part))) {
                parts.add(part);
            }
        }
        return String.join(": ", parts);
    }
}
