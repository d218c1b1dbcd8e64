package org.myofuse.commands.cli;

import org.myofuse.commands.request.ConsoleCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code myofuse}: the global options, the general help, and the console when no command is given. */
@Command(name = "myofuse",
        customSynopsis = "myofuse [GLOBAL OPTIONS] [COMMAND [OPTIONS]]",
        description = {
                "Myofuse streams force-sensing IASTM tools, EMG amplifiers and pressure mats through one",
                "bus to the consumers that fuse, record and display them." },
        footer = {
                "Without a command, myofuse opens the clinician console, as 'myofuse console' does (on a",
                "machine without a display it runs headless, as 'myofuse run --headless').",
                "",
                "Device plugins are installed by copying their bundle into the installation's plugins/",
                "folder; devices can be configured with .cfg files in its etc/ folder (see etc/README.txt)." },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:done",
                "1:something failed (named on stderr)",
                "2:bad usage" })
final class Myofuse implements CliCommand {

    private final String version;

    @Spec
    private CommandSpec spec;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    Myofuse(String version) {
        this.version = version;
    }

    @Option(names = "--version", arity = "0", order = 82, versionHelp = true, description = "print the version and exit")
    void version(boolean requested) throws UsageException {
        String mistake = UsageErrors.earlierMistake(spec.commandLine());
        if (mistake != null) {
            throw new UsageException(mistake);
        }
        throw new TextAnswer(spec.commandLine(), "myofuse " + version + "\n");
    }

    @Override
    public Invocation invocation(Globals globals) {
        return globals.launch(ConsoleCommand.defaultConsole());
    }
}
