package org.myofuse.commands.cli;

import java.util.Optional;

import org.myofuse.commands.request.TherapistsCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myofuse therapists add|list}. */
@Command(name = Therapists.NAME,
        header = "register and list therapists: myofuse therapists add CODE --name NAME",
        customSynopsis = {
                "myofuse therapists add CODE [--name NAME]",
                "       myofuse therapists list" },
        description = {
                "Registers a therapist under a short CODE (1-64 letters, digits, '-' or '_', e.g. initials;",
                "the code is what sessions and reports carry), or lists the registered therapists." },
        footer = "A code registered already is refused (exit 1).",
        subcommands = { Therapists.Add.class, Therapists.Listing.class })
final class Therapists implements CliCommand {

    static final String NAME = "therapists";

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        throw new UsageException("therapists needs add or list " + Values.hint(NAME));
    }

    /** {@code myofuse therapists add}. */
    @Command(name = "add",
            header = "register a therapist",
            customSynopsis = "myofuse therapists add CODE [--name NAME]",
            description = "Registers a therapist under a short CODE (1-64 letters, digits, '-' or '_', e.g. initials).",
            footer = "A code registered already is refused (exit 1).")
    static final class Add implements CliCommand {

        @Parameters(arity = "0..1", hideParamSyntax = true, paramLabel = "CODE", description = "the therapist's code")
        private String code;

        private String name;

        @Mixin
        private GlobalOptions globalOptions;

        @Mixin
        private HelpOption helpOption;

        @Option(names = "--name", paramLabel = "NAME", order = 1, description = "full name (optional)")
        void name(String text) throws UsageException {
            name = Values.once(name, "--name", Values.text("--name", text, NAME), NAME);
        }

        @Override
        public Invocation invocation(Globals globals) throws UsageException {
            if (code == null) {
                throw new UsageException("therapists add needs a code, e.g. myofuse therapists add TK --name 'Tove Kline' "
                        + Values.hint(NAME));
            }
            return globals.launch(new TherapistsCommand(TherapistsCommand.Action.ADD, code, Optional.ofNullable(name)));
        }
    }

    /** {@code myofuse therapists list}. */
    @Command(name = "list",
            header = "list the registered therapists",
            customSynopsis = "myofuse therapists list",
            description = "Lists the registered therapists: code and name.")
    static final class Listing implements CliCommand {

        @Mixin
        private GlobalOptions globalOptions;

        @Mixin
        private HelpOption helpOption;

        @Override
        public Invocation invocation(Globals globals) {
            return globals.launch(new TherapistsCommand(TherapistsCommand.Action.LIST, "", Optional.empty()));
        }
    }
}
