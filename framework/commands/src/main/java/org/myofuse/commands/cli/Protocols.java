package org.myofuse.commands.cli;

import org.myofuse.commands.request.ProtocolCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code myofuse protocols}. */
@Command(name = Protocols.NAME,
        header = "list the installed therapy protocols",
        customSynopsis = "myofuse protocols",
        description = {
                "Lists the installed protocols: id, version, steps, where each comes from (a bundle, or a",
                "file in the installation's etc/protocols/) and the override files of etc/ applied to it,",
                "then what validation warns about. 'myofuse protocol show ID' prints one in full." })
final class Protocols implements CliCommand {

    static final String NAME = "protocols";

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Override
    public Invocation invocation(Globals globals) {
        return globals.launch(ProtocolCommand.list());
    }
}
