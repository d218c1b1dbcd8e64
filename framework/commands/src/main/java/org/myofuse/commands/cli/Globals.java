package org.myofuse.commands.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.myofuse.commands.request.Command;

/**
 * The global options of one command line, shared by the {@link GlobalOptions} of every command: they
 * may stand before the command or among its options, once.
 */
final class Globals {

    private Path home;
    private boolean bootTime;

    void home(Path dir, String option, String command) throws UsageException {
        home = Values.once(home, option, dir, command);
    }

    void bootTime() {
        bootTime = true;
    }

    LaunchRequest launch(Command command) {
        return new LaunchRequest(Optional.ofNullable(home), bootTime, command);
    }
}
