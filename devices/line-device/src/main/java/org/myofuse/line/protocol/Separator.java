package org.myofuse.line.protocol;

/** What separates the fields of a line. Spaces around a field are always allowed. */
public enum Separator {
    COMMA(','),
    TAB('\t'),
    SEMICOLON(';'),
    /** Any run of spaces and tabs. */
    WHITESPACE(' ');

    private final byte symbol;

    Separator(char symbol) {
        this.symbol = (byte) symbol;
    }

    /** The separator byte (a space for {@link #WHITESPACE}). */
    public byte symbol() {
        return symbol;
    }

    /** The separator as text, for writers. */
    public String text() {
        return String.valueOf((char) symbol);
    }
}
