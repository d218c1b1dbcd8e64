package org.myofuse.commands.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.myofuse.commands.request.Command;

/**
 * A parsed, checked command line that asks for a command.
 *
 * @param home     the data folder given with {@code --home}, as typed (the launcher has already used it)
 * @param bootTime true with {@code --boot-time}: report the time from process start to ready on stderr
 * @param command  the command to carry out
 */
public record LaunchRequest(Optional<Path> home, boolean bootTime, Command command) implements Invocation {

    public LaunchRequest {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(command, "command");
    }
}
