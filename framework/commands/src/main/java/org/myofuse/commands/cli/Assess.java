package org.myofuse.commands.cli;

import java.util.OptionalInt;

import org.myofuse.commands.request.AssessCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myofuse assess}. */
@Command(name = Assess.NAME,
        header = "record pain (NRS 0-10) before and after a session",
        customSynopsis = "myofuse assess SESSION [--pain-before N] [--pain-after N]",
        description = {
                "Records the patient's pain on the numeric rating scale (0 = no pain, 10 = worst",
                "imaginable) before and after a session, for the progress report. A score given again",
                "replaces the earlier one; a score not given is kept. Without options, prints what is",
                "recorded." })
final class Assess implements CliCommand {

    static final String NAME = "assess";

    @Parameters(arity = "0..1", hideParamSyntax = true, paramLabel = "SESSION", description = "the stored session's id")
    private String session;

    private Integer before;
    private Integer after;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Option(names = "--pain-before", paramLabel = "N", order = 1, description = "pain before the session, 0 to 10")
    void painBefore(String text) throws UsageException {
        before = Values.once(before, "--pain-before", score("--pain-before", text), NAME);
    }

    @Option(names = "--pain-after", paramLabel = "N", order = 2, description = "pain after the session, 0 to 10")
    void painAfter(String text) throws UsageException {
        after = Values.once(after, "--pain-after", score("--pain-after", text), NAME);
    }

    private static int score(String option, String text) throws UsageException {
        return Values.whole(option, Values.text(option, text, NAME), 0, 10, "a pain score");
    }

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        if (session == null) {
            throw new UsageException("assess needs a session id, e.g. myofuse assess 12 --pain-before 6 "
                    + Values.hint(NAME));
        }
        return globals.launch(new AssessCommand(session, before == null ? OptionalInt.empty() : OptionalInt.of(before),
                after == null ? OptionalInt.empty() : OptionalInt.of(after)));
    }
}
