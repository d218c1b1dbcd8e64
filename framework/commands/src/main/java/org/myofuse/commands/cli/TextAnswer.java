package org.myofuse.commands.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Thrown by {@code --help} and {@code --version} as soon as they are read, so that mistakes after them
 * do not count (a mistake before them does, see {@link HelpOption}). A {@link ParameterException}
 * because picocli passes those on unchanged from an option's setter.
 */
final class TextAnswer extends ParameterException {

    private static final long serialVersionUID = 1L;

    private final transient String text;

    /** The help of {@code command}. */
    TextAnswer(CommandLine command) {
        this(command, null);
    }

    /** A text of its own; null for the help of {@code command}. */
    TextAnswer(CommandLine command, String text) {
        super(command, "text answer");
        this.text = text;
    }

    /** The text, or null when it is the help of {@link #getCommandLine()}. */
    String text() {
        return text;
    }
}
