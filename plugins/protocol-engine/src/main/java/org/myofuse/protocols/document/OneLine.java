package org.myofuse.protocols.document;

/** Messages from libraries made into one line of reasonable length. */
final class OneLine {

    private static final int MAX = 200;

    private OneLine() {
    }

    static String of(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String line = message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        StringBuilder printable = new StringBuilder(line.length());
        line.codePoints().forEach(c -> printable.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return printable.length() <= MAX ? printable.toString() : printable.substring(0, MAX) + "...";
    }
}
