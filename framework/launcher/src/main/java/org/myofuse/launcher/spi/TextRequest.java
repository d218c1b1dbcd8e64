package org.myofuse.launcher.spi;

import java.util.Objects;

/**
 * A command line that only asks for a text ({@code --help}, {@code help run}, {@code --version}): print
 * it on stdout and exit 0 without booting anything.
 *
 * @param text the text, ending with a newline
 */
public record TextRequest(String text) implements Invocation {

    public TextRequest {
        Objects.requireNonNull(text, "text");
    }
}
