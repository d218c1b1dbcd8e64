package org.myofuse.commands.cli;

import org.myofuse.commands.request.ShellCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code myofuse shell}. */
@Command(name = "shell",
        header = "start the interactive OSGi shell (Gogo)",
        customSynopsis = "myofuse shell",
        description = {
                "Starts the interactive OSGi shell (Gogo) on this terminal. Myofuse's own commands are",
                "myofuse:devices and myofuse:sessions; 'lb' lists bundles. Leave with 'exit' or Ctrl-D." })
final class Shell implements CliCommand {

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Override
    public Invocation invocation(Globals globals) {
        return globals.launch(new ShellCommand());
    }
}
