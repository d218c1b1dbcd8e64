package org.myofuse.commands.cli;

import java.time.LocalDate;
import java.util.Optional;

import org.myofuse.commands.request.ProgramCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myofuse program}. */
@Command(name = Program.NAME,
        header = "set or show a patient's program: myofuse program P-001 --weeks 12 --per-week 2",
        customSynopsis = { "myofuse program PATIENT [--weeks N --per-week N [--start YYYY-MM-DD] [--protocol ID]]",
                "myofuse program PATIENT --plan ID [--start YYYY-MM-DD]" },
        description = {
                "Sets the treatment program of a registered patient, e.g. 12 weeks of two sessions a",
                "week, or one that follows an installed program plan (myofuse programs: its weeks,",
                "sessions per week, protocols and progression rules), replacing an earlier one. Without",
                "options, prints the current program and the progress through it: the week now,",
                "sessions done against planned, the pain trend, each progression rule's value and when",
                "it rose, and what the next session uses. The progress report (myofuse report",
                "--patient) shows the same." })
final class Program implements CliCommand {

    static final String NAME = "program";

    @Parameters(arity = "0..1", hideParamSyntax = true, paramLabel = "PATIENT", description = "the registered patient's code")
    private String patient;

    private Integer weeks;
    private Integer perWeek;
    private LocalDate start;
    private String protocol;
    private String plan;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Option(names = "--weeks", paramLabel = "N", order = 1, description = "length of the program, 1 to 104 weeks")
    void weeks(String text) throws UsageException {
        weeks = Values.once(weeks, "--weeks", whole("--weeks", text, 104), NAME);
    }

    @Option(names = "--per-week", paramLabel = "N", order = 2, description = "planned sessions per week, 1 to 14")
    void perWeek(String text) throws UsageException {
        perWeek = Values.once(perWeek, "--per-week", whole("--per-week", text, 14), NAME);
    }

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", order = 3, description = "first day (default: today)")
    void start(String text) throws UsageException {
        start = Values.once(start, "--start", Values.date("--start", Values.text("--start", text, NAME), NAME), NAME);
    }

    @Option(names = "--protocol", paramLabel = "ID", order = 4, description = "the protocol the program follows")
    void protocol(String id) throws UsageException {
        protocol = Values.once(protocol, "--protocol", Values.text("--protocol", id, NAME), NAME);
    }

    @Option(names = "--plan", paramLabel = "ID", order = 5,
            description = "follow an installed program plan (myofuse programs): weeks, sessions per week and protocols from it")
    void plan(String id) throws UsageException {
        plan = Values.once(plan, "--plan", Values.text("--plan", id, NAME), NAME);
    }

    private static int whole(String option, String text, int max) throws UsageException {
        return Values.whole(option, Values.text(option, text, NAME), 1, max, "a whole number");
    }

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        if (patient == null) {
            throw new UsageException("program needs a patient code, e.g. myofuse program P-001 --weeks 12 --per-week 2 "
                    + Values.hint(NAME));
        }
        if (plan != null) {
            if (weeks != null || perWeek != null || protocol != null) {
                throw new UsageException("program --plan takes its weeks, sessions per week and protocols from the plan: "
                        + "leave out --weeks, --per-week and --protocol " + Values.hint(NAME));
            }
            return globals.launch(new ProgramCommand(patient, Optional.of(ProgramCommand.Plan.following(plan,
                    start == null ? LocalDate.now() : start))));
        }
        boolean setting = weeks != null || perWeek != null || start != null || protocol != null;
        if (setting && (weeks == null || perWeek == null)) {
            throw new UsageException("program needs both --weeks and --per-week to set a program " + Values.hint(NAME));
        }
        Optional<ProgramCommand.Plan> plan = setting ? Optional.of(new ProgramCommand.Plan(weeks, perWeek,
                start == null ? LocalDate.now() : start, protocol == null ? "" : protocol)) : Optional.empty();
        return globals.launch(new ProgramCommand(patient, plan));
    }
}
