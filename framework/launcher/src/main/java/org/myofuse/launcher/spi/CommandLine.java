package org.myofuse.launcher.spi;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed, validated command line.
 *
 * @param home     the data folder given with {@code --home}, as typed (not yet resolved)
 * @param bootTime true with {@code --boot-time}: report the time from process start to ready on stderr
 * @param command  the command to carry out
 */
public record CommandLine(Optional<Path> home, boolean bootTime, Command command) implements Invocation {

    public CommandLine {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(command, "command");
    }
}
