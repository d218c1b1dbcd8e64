package org.myofuse.commands.cli;

import java.util.Objects;

/**
 * A command line that only asks for a text ({@code --help}, {@code help run}, {@code --version},
 * {@code completion bash}): print it on stdout and exit 0.
 *
 * @param text the text, ending with a newline
 */
public record TextRequest(String text) implements Invocation {

    public TextRequest {
        Objects.requireNonNull(text, "text");
    }
}
