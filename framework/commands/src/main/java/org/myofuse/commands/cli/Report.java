package org.myofuse.commands.cli;

import java.util.Optional;

import org.myofuse.commands.request.ReportCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myofuse report}. */
@Command(name = Report.NAME,
        header = "write an HTML report of a session, or of a patient's progress",
        customSynopsis = {
                "myofuse report SESSION --out FILE.html",
                "       myofuse report --patient ID --out FILE.html" },
        description = {
                "Writes a self-contained HTML report (no scripts, no external files; prints on A4):",
                "  SESSION        force with the target band and strokes, EMG envelopes with onsets,",
                "                 centre-of-pressure path with its 95%% ellipse, mean pressure map,",
                "                 events on a timeline, and the summary table",
                "  --patient ID   the patient's progress over their sessions: pain NRS trend and",
                "                 percent change from the first session, key metrics per session",
                "A session report analyses the session's raw data afresh (as myofuse replay does); a",
                "progress report uses each session's stored analysis and analyses only those without.",
                "The file is written under a temporary name and moved into place when complete." })
final class Report implements CliCommand {

    static final String NAME = "report";

    @Parameters(arity = "0..1", paramLabel = "SESSION", description = "the session to report on")
    private String session;

    private String patient;
    private String out;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Option(names = "--patient", paramLabel = "ID", order = 1,
            description = "report on this patient's progress instead of one session")
    void patient(String id) throws UsageException {
        patient = Values.once(patient, "--patient", Values.text("--patient", id, NAME), NAME);
    }

    @Option(names = "--out", paramLabel = "FILE", order = 2, description = "the HTML file to write; its folder must exist")
    void out(String path) throws UsageException {
        out = Values.once(out, "--out", Values.text("--out", path, NAME), NAME);
    }

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        if ((session == null) == (patient == null)) {
            throw new UsageException("report needs a session id or --patient ID, not both, e.g. myofuse report 12 "
                    + "--out s12.html " + Values.hint(NAME));
        }
        if (out == null) {
            throw new UsageException("report needs --out FILE.html, the file to write " + Values.hint(NAME));
        }
        return globals.launch(new ReportCommand(Optional.ofNullable(session), Optional.ofNullable(patient),
                Values.absolute(out, NAME)));
    }
}
