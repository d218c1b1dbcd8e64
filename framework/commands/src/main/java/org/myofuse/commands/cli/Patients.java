package org.myofuse.commands.cli;

import java.time.LocalDate;
import java.util.Optional;

import org.myofuse.commands.request.PatientsCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myofuse patients add|list}. */
@Command(name = Patients.NAME,
        header = "register and list patients: myofuse patients add CODE, myofuse patients list",
        customSynopsis = {
                "myofuse patients add CODE [--name NAME] [--birth-date YYYY-MM-DD] [--consent]",
                "       myofuse patients list" },
        description = {
                "Registers a patient under a pseudonymous CODE (1-64 letters, digits, '-' or '_'; the",
                "code is what sessions, exports and reports carry), or lists the registered patients." },
        footer = "A code registered already is refused (exit 1).",
        subcommands = { Patients.Add.class, Patients.Listing.class })
final class Patients implements CliCommand {

    static final String NAME = "patients";

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        throw new UsageException("patients needs add or list " + Values.hint(NAME));
    }

    /** {@code myofuse patients add}. */
    @Command(name = "add",
            header = "register a patient",
            customSynopsis = "myofuse patients add CODE [--name NAME] [--birth-date YYYY-MM-DD] [--consent]",
            description = "Registers a patient under a pseudonymous CODE (1-64 letters, digits, '-' or '_').",
            footer = "A code registered already is refused (exit 1).")
    static final class Add implements CliCommand {

        @Parameters(arity = "0..1", hideParamSyntax = true, paramLabel = "CODE", description = "the patient's pseudonymous code")
        private String code;

        private String name;
        private LocalDate birthDate;
        private boolean consent;

        @Mixin
        private GlobalOptions globalOptions;

        @Mixin
        private HelpOption helpOption;

        @Option(names = "--name", paramLabel = "NAME", order = 1, description = "full name (optional; stays in the store)")
        void name(String text) throws UsageException {
            name = Values.once(name, "--name", Values.text("--name", text, NAME), NAME);
        }

        @Option(names = "--birth-date", paramLabel = "YYYY-MM-DD", order = 2, description = "date of birth (optional)")
        void birthDate(String text) throws UsageException {
            String value = Values.text("--birth-date", text, NAME);
            LocalDate date = Values.date("--birth-date", value, NAME);
            if (date.isAfter(LocalDate.now())) {
                throw new UsageException("option --birth-date " + value + ": lies in the future " + Values.hint(NAME));
            }
            birthDate = Values.once(birthDate, "--birth-date", date, NAME);
        }

        @Option(names = "--consent", arity = "0", order = 3, description = "the patient consented to recording today")
        void consent(boolean on) {
            consent = true;
        }

        @Override
        public Invocation invocation(Globals globals) throws UsageException {
            if (code == null) {
                throw new UsageException("patients add needs a pseudonymous code, e.g. myofuse patients add P-001 "
                        + Values.hint(NAME));
            }
            return globals.launch(new PatientsCommand(PatientsCommand.Action.ADD, code, Optional.ofNullable(name),
                    Optional.ofNullable(birthDate), consent));
        }
    }

    /** {@code myofuse patients list}. */
    @Command(name = "list",
            header = "list the registered patients",
            customSynopsis = "myofuse patients list",
            description = "Lists the registered patients: code, name, date of birth and consent.")
    static final class Listing implements CliCommand {

        @Mixin
        private GlobalOptions globalOptions;

        @Mixin
        private HelpOption helpOption;

        @Override
        public Invocation invocation(Globals globals) {
            return globals.launch(PatientsCommand.list());
        }
    }
}
