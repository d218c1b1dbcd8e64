package org.myofuse.commands.cli;

import org.myofuse.commands.request.ProgramsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code myofuse programs}. */
@Command(name = Programs.NAME,
        header = "list the installed program plans",
        customSynopsis = "myofuse programs",
        description = {
                "Lists the installed program plans (docs/programs-format.md): id, version, title, weeks,",
                "sessions per week, the bundle each comes from, its phases (weeks, protocol, progression",
                "rules in effect) and each progression rule. 'myofuse program P-001 --plan ID' assigns one." })
final class Programs implements CliCommand {

    static final String NAME = "programs";

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Override
    public Invocation invocation(Globals globals) {
        return globals.launch(new ProgramsCommand());
    }
}
