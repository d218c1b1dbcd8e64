package org.myofuse.commands;

import java.nio.file.Files;
import java.nio.file.Path;

import org.myofuse.api.host.CommandInvocation;
import org.myofuse.api.report.AnalysisProgress;
import org.myofuse.api.report.ReportException;
import org.myofuse.api.report.SessionReports;
import org.myofuse.commands.request.ReportCommand;

/**
 * {@code myofuse report SESSION --out FILE.html} and {@code myofuse report --patient ID --out FILE.html},
 * carried out by the reports bundle's {@link SessionReports} service: a session report analyses the
 * session afresh (and stores the analysis); a progress report reads each session's stored summary and
 * analyses only the sessions that have none. This task checks the target's folder and the services a
 * report needs (naming the bundle that is missing), shows each analysis's progress on stderr and prints
 * what was written.
 */
final class ReportTask implements CommandTask {

    private final ReportCommand command;
    private final CommandInvocation launch;
    private final ReviewServices services;

    ReportTask(ReportCommand command, CommandInvocation launch, ReviewServices services) {
        this.command = command;
        this.launch = launch;
        this.services = services;
    }

    @Override
    public int run() throws CommandFailure {
        folderOfTarget(); // before the services and an analysis that may take minutes
        // What a report needs, each named in its own line when missing, before the service that uses them all.
        services.review("report");
        services.store("report");
        services.reports("report");
        services.analyzer("report");
        SessionReports reports = services.sessionReports("report");
        AnalysisProgress progress = new AnalysisLines(launch.err(), System.console() != null);
        try {
            if (command.sessionId().isPresent()) {
                reports.writeSessionReport(command.sessionId().get(), command.out(), progress);
            } else {
                reports.writeProgressReport(command.patientId().get(), command.out(), progress);
            }
        } catch (ReportException e) {
            throw new CommandFailure(e.getMessage());
        }
        launch.out().println("wrote " + command.out());
        launch.out().flush();
        return CommandInvocation.EXIT_OK;
    }

    private void folderOfTarget() throws CommandFailure {
        Path folder = command.out().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailure("cannot write " + command.out() + ": folder " + folder + " does not exist");
        }
    }

    /** Each analysis a report runs as a {@link ProgressLine} "analysing session ID" on stderr. */
    private static final class AnalysisLines implements AnalysisProgress {

        private final java.io.PrintStream err;
        private final boolean terminal;
        private ProgressLine line;

        AnalysisLines(java.io.PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void analysing(String sessionId) {
            line = new ProgressLine(err, "analysing session " + sessionId, terminal, System::currentTimeMillis);
        }

        @Override
        public void progress(String sessionId, long done, long total) {
            if (line != null) {
                line.update(done, total);
            }
        }

        @Override
        public void analysed(String sessionId) {
            if (line != null) {
                line.finish();
                line = null;
            }
        }
    }
}
