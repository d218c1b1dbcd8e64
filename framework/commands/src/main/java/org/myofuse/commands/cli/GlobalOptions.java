package org.myofuse.commands.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command accepts, before the command or among its options. Each command has its own
 * instance (so that a refusal names the command) over the line's one {@link Globals}.
 */
final class GlobalOptions {

    private final Globals globals;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    GlobalOptions(Globals globals) {
        this.globals = globals;
    }

    /**
     * The launcher has already taken the data folder from the line (it must be known before the boot);
     * here it is checked like every other option, and shown in the help.
     */
    @Option(names = "--home", paramLabel = "DIR", order = 80, description = {
            "data folder; default $MYOFUSE_HOME, else $XDG_DATA_HOME/myofuse,",
            "else ~/.local/share/myofuse (created if missing)" })
    void home(String dir) throws UsageException {
        String where = UsageErrors.firstLevel(command);
        globals.home(Values.path(Values.text("--home", dir, where), where), "--home", where);
    }

    @Option(names = "--boot-time", arity = "0", order = 81,
            description = "print the time from process start to ready on stderr (diagnostics)")
    void bootTime(boolean on) {
        globals.bootTime();
    }
}
