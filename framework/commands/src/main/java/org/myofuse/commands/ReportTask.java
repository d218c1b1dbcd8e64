package org.myofuse.commands;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.analysis.SessionAnalysis;
import org.myofuse.api.analysis.SessionAnalyzer;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.api.host.CommandInvocation;
import org.myofuse.commands.request.ReportCommand;
import org.myofuse.api.report.ReportWriter;
import org.myofuse.api.report.ProgressReport;
import org.myofuse.api.report.SessionReport;
import org.myofuse.api.store.Assessment;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.ProgramRegistry;
import org.myofuse.api.store.SessionReview;

/**
 * {@code myofuse report SESSION --out FILE.html} and {@code myofuse report --patient ID --out FILE.html}.
 * A session report analyses the session afresh (and stores the analysis); a progress report reads each
 * session's stored summary and analyses only the sessions that have none. The file is written under a
 * temporary name beside the target and moved into place when complete.
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
        folderOfTarget(); // before an analysis that may take minutes
        SessionReview review = services.review("report");
        SessionStore store = services.store("report");
        ReportWriter writer = services.reports("report");
        SessionAnalyzer analyzer = services.analyzer("report");
        SessionAnalysisRun analysis = new SessionAnalysisRun(review, analyzer, launch.err(), System.console() != null);
        try {
            if (command.sessionId().isPresent()) {
                SessionReport report = sessionReport(command.sessionId().get(), store, review, analysis);
                write(out -> writer.writeSession(report, out));
            } else {
                ProgressReport report = progressReport(command.patientId().get(), store, review,
                        services.programs("report"), analysis, analyzer);
                write(out -> writer.writeProgress(report, out));
            }
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
        launch.out().println("wrote " + command.out());
        launch.out().flush();
        return CommandInvocation.EXIT_OK;
    }

    private static SessionReport sessionReport(String sessionId, SessionStore store, SessionReview review,
            SessionAnalysisRun run) throws StoreException {
        SessionInfo info = store.session(sessionId).orElseThrow(() -> new StoreException("unknown session "
                + sessionId + " (see myofuse sessions)"));
        SessionAnalysis analysis = run.analyse(sessionId);
        var model = new SessionReportModel(info, analysis.finish(), analysis.traces());
        return model.build(review.deviceLines(sessionId), review.assessment(sessionId).orElse(null),
                review.events(sessionId));
    }

    private static ProgressReport progressReport(String patient, SessionStore store, SessionReview review,
            ProgramRegistry programs,
            SessionAnalysisRun run, SessionAnalyzer analyzer) throws StoreException {
        Optional<Program> program = programs.program(patient);
        List<SessionInfo> sessions = new ArrayList<>(store.sessions(patient));
        sessions.sort((a, b) -> Long.compare(a.startEpochMillis(), b.startEpochMillis()));
        List<ProgressReport.SessionRow> rows = new ArrayList<>();
        for (SessionInfo s : sessions) {
            Optional<Assessment> assessment = review.assessment(s.id());
            rows.add(new ProgressReport.SessionRow(s.id(),
                    Instant.ofEpochMilli(s.startEpochMillis()).atZone(ZoneId.systemDefault()).toLocalDate(),
                    boxed(assessment.map(Assessment::painBefore)), boxed(assessment.map(Assessment::painAfter)),
                    KeyMetrics.of(summaryOf(s.id(), review, run, analyzer))));
        }
        return new ProgressReport(patient, program.map(p -> new ProgressReport.Program(p.weeks(), p.sessionsPerWeek(),
                p.startDate())).orElse(null), rows);
    }

    /**
     * The stored summary read back by the analyzer, or the session's analysis (stored as it runs) if it has
     * none; null for a session without raw data. A stored summary the analyzer cannot read fails the report.
     */
    private static SessionSummary summaryOf(String sessionId, SessionReview review, SessionAnalysisRun run,
            SessionAnalyzer analyzer) throws StoreException {
        Optional<String> stored = review.summaryJson(sessionId);
        if (stored.isPresent()) {
            try {
                return analyzer.fromJson(stored.get());
            } catch (IllegalArgumentException e) {
                throw new StoreException("session " + sessionId + ": its stored summary cannot be read: " + e.getMessage());
            }
        }
        try {
            return run.analyse(sessionId).finish();
        } catch (StoreException e) {
            return null; // e.g. a session that recorded no samples: it still has a row, without metrics
        }
    }

    private static Integer boxed(Optional<OptionalInt> v) {
        return v.isPresent() && v.get().isPresent() ? v.get().getAsInt() : null;
    }

    @FunctionalInterface
    private interface Rendering {
        void to(Writer out) throws IOException;
    }

    private Path folderOfTarget() throws CommandFailure {
        Path folder = command.out().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailure("cannot write " + command.out() + ": folder " + folder + " does not exist");
        }
        return folder;
    }

    private void write(Rendering rendering) throws CommandFailure {
        Path target = command.out();
        Path folder = folderOfTarget();
        Path temporary = null;
        try {
            // Owner-only permissions, as Files.createTempFile gives them, stay on the report: it holds patient
            // data, like the exports, which are written the same way.
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                rendering.to(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new CommandFailure("cannot write " + target + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The failure being reported matters more; a stray .part file is visible and harmless.
            }
        }
    }
}
