package org.myofuse.commands.cli;

import org.myofuse.commands.request.ReplayCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code myofuse replay}. */
@Command(name = Replay.NAME,
        header = "re-run fusion on a stored session and store its summary and events",
        customSynopsis = "myofuse replay SESSION",
        description = {
                "Re-runs the fusion analysis (clock alignment, EMG, force and mat processing, guarding",
                "and withdrawal) on a stored session's raw streams, in the order they were recorded,",
                "and stores the result as the session's analysis: its summary (see myofuse summary)",
                "and its fusion events, replacing those of an earlier analysis. The raw data is never",
                "changed. The same raw data and settings always give the same result, bit for bit.",
                "Progress is shown on stderr; the summary is printed when done." })
final class Replay implements CliCommand {

    static final String NAME = "replay";

    @Parameters(arity = "0..1", hideParamSyntax = true, paramLabel = "SESSION", description = "the stored session's id")
    private String session;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        if (session == null) {
            throw new UsageException("replay needs a session id, e.g. myofuse replay 12 " + Values.hint(NAME));
        }
        return globals.launch(new ReplayCommand(session));
    }
}
