package org.myofuse.commands.cli;

import org.myofuse.commands.request.SummaryCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myofuse summary}. */
@Command(name = Summary.NAME,
        header = "print a session's summary: myofuse summary SESSION [--json]",
        customSynopsis = "myofuse summary SESSION [--json]",
        description = {
                "Prints a session's summary: duration; force (strokes, stroke rate, normal and shear",
                "force, time in the target band, impulse, overpressure); EMG per channel (RMS, %%MVC,",
                "onsets, median frequency, asymmetry); mat (sway path, velocity, 95%% ellipse, load",
                "distribution); guarding and withdrawal; and every processing parameter used.",
                "The summary is computed from the stored raw data, as myofuse replay does, and stored",
                "as the session's analysis. The JSON document is described in docs/summary.md." })
final class Summary implements CliCommand {

    static final String NAME = "summary";

    @Parameters(arity = "0..1", hideParamSyntax = true, paramLabel = "SESSION", description = "the stored session's id")
    private String session;

    private boolean json;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Option(names = "--json", arity = "0", order = 1, description = "print the JSON document instead of text")
    void json(boolean on) {
        json = true;
    }

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        if (session == null) {
            throw new UsageException("summary needs a session id, e.g. myofuse summary 12 " + Values.hint(NAME));
        }
        return globals.launch(new SummaryCommand(session, json));
    }
}
