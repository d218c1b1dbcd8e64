package org.myofuse.commands.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code myofuse help [COMMAND]}. */
@Command(name = "help",
        header = "show the help of a command: myofuse help COMMAND",
        customSynopsis = "myofuse help [COMMAND]",
        description = "Shows the help of COMMAND, or the general help.")
final class Help implements CliCommand {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "the command, e.g. run")
    private String topic;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        CommandLine root = spec.root().commandLine();
        if (topic == null) {
            return new TextRequest(HelpTexts.of(root));
        }
        CommandLine command = root.getSubcommands().get(topic);
        if (command == null) {
            throw new UsageException("unknown command '" + topic + "' " + Values.hint(null));
        }
        return new TextRequest(HelpTexts.of(command));
    }
}
