package org.myofuse.commands.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code -h, --help} of every command. Answers as soon as it is read, so help wins over mistakes after
 * it on the line; a mistake before it still counts.
 */
final class HelpOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = { "-h", "--help" }, arity = "0", order = 83, usageHelp = true, description = "show this help and exit")
    void help(boolean requested) throws UsageException {
        String mistake = UsageErrors.earlierMistake(command.commandLine());
        if (mistake != null) {
            throw new UsageException(mistake);
        }
        throw new TextAnswer(command.commandLine());
    }
}
