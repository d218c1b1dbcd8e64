package org.myofuse.reports.stored;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.myofuse.api.analysis.SessionAnalysis;
import org.myofuse.api.analysis.SessionAnalyzer;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.api.program.PatientProgram;
import org.myofuse.api.program.ProgramException;
import org.myofuse.api.program.ProgramProgress;
import org.myofuse.api.report.AnalysisProgress;
import org.myofuse.api.report.ProgressReport;
import org.myofuse.api.report.ReportException;
import org.myofuse.api.report.ReportWriter;
import org.myofuse.api.report.SessionReport;
import org.myofuse.api.report.SessionReports;
import org.myofuse.api.store.Assessment;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.ProgramRegistry;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionReview;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link SessionReports} service: a stored session or a patient's sessions, read through the store's
 * services and analysed with the fusion's {@link SessionAnalyzer}, mapped into the report models and
 * rendered by the {@link ReportWriter} into a file ({@link ReportFile}). The one place where a session
 * becomes a report: the command line and the console both ask this service.
 *
 * <p>Thread-safe: it holds only the services; each call works on the calling thread (database I/O,
 * replay), which must not be interrupted while it does.
 */
@Component(service = SessionReports.class)
public final class StoredSessionReports implements SessionReports {

    private final SessionStore store;
    private final SessionReview review;
    private final ProgramRegistry programs;
    private final SessionAnalyzer analyzer;
    private final ReportWriter writer;

    /** The programs bundle's progress service, when it is active: the progress report's program section. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProgramProgress programProgress;

    @Activate
    public StoredSessionReports(@Reference(name = "store") SessionStore store, @Reference(name = "review") SessionReview review,
            @Reference(name = "programs") ProgramRegistry programs, @Reference(name = "analyzer") SessionAnalyzer analyzer,
            @Reference(name = "writer") ReportWriter writer) {
        this.store = store;
        this.review = review;
        this.programs = programs;
        this.analyzer = analyzer;
        this.writer = writer;
    }

    @Override
    public Path writeSessionReport(String sessionId, Path target, AnalysisProgress progress) throws ReportException {
        ReportFile file = ReportFile.checked(target); // before an analysis that may take minutes
        SessionReport report;
        try {
            report = sessionReport(sessionId, progress);
        } catch (StoreException e) {
            throw new ReportException(e.getMessage(), e);
        }
        return file.write(out -> writer.writeSession(report, out));
    }

    @Override
    public Path writeProgressReport(String patientCode, Path target, AnalysisProgress progress) throws ReportException {
        ReportFile file = ReportFile.checked(target);
        ProgressReport report;
        try {
            report = progressReport(patientCode, progress);
        } catch (StoreException e) {
            throw new ReportException(e.getMessage(), e);
        }
        return file.write(out -> writer.writeProgress(report, out));
    }

    private SessionReport sessionReport(String sessionId, AnalysisProgress progress) throws StoreException {
        SessionInfo info = store.session(sessionId).orElseThrow(() -> new StoreException("unknown session "
                + sessionId + " (see myofuse sessions)"));
        SessionAnalysis analysis = analyse(sessionId, progress);
        var model = new SessionReportModel(info, analysis.finish(), analysis.traces());
        return model.build(review.deviceLines(sessionId), review.assessment(sessionId).orElse(null),
                review.events(sessionId));
    }

    private ProgressReport progressReport(String patient, AnalysisProgress progress) throws StoreException {
        Optional<Program> program = programs.program(patient);
        List<SessionInfo> sessions = new ArrayList<>(store.sessions(patient));
        // A session whose date is unknown cannot be placed among the others (nor be the baseline): those
        // come after the dated sessions, in the order they were stored.
        sessions.sort(Comparator.comparing((SessionInfo s) -> !s.startDateKnown())
                .thenComparingLong(s -> s.startDateKnown() ? s.startEpochMillis() : 0));
        List<ProgressReport.SessionRow> rows = new ArrayList<>();
        for (SessionInfo s : sessions) {
            Optional<Assessment> assessment = review.assessment(s.id());
            rows.add(new ProgressReport.SessionRow(s.id(),
                    Instant.ofEpochMilli(s.startEpochMillis()).atZone(ZoneId.systemDefault()).toLocalDate(),
                    boxed(assessment.map(Assessment::painBefore)), boxed(assessment.map(Assessment::painAfter)),
                    KeyMetrics.of(summaryOf(s.id(), progress)), s.startDateKnown()));
        }
        return new ProgressReport(patient, program.map(p -> new ProgressReport.Program(p.weeks(), p.sessionsPerWeek(),
                p.startDate())).orElse(null), rows, program.isPresent() ? programProgress(patient) : null);
    }

    /** The patient's progress through their program, or null without the programs bundle. */
    private PatientProgram programProgress(String patient) throws StoreException {
        ProgramProgress service = programProgress;
        if (service == null) {
            return null;
        }
        try {
            return service.progress(patient, LocalDate.now()).orElse(null);
        } catch (ProgramException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** For use outside OSGi (tests): the progress service the report's program section asks. */
    void setProgramProgress(ProgramProgress progress) {
        this.programProgress = progress;
    }

    /**
     * The stored summary read back by the analyzer, or the session's analysis (stored as it runs) if it has
     * none; null for a session without raw data. A stored summary the analyzer cannot read fails the report.
     */
    private SessionSummary summaryOf(String sessionId, AnalysisProgress progress) throws StoreException {
        Optional<String> stored = review.summaryJson(sessionId);
        if (stored.isPresent()) {
            try {
                return analyzer.fromJson(stored.get());
            } catch (IllegalArgumentException e) {
                throw new StoreException("session " + sessionId + ": its stored summary cannot be read: " + e.getMessage());
            }
        }
        try {
            return analyse(sessionId, progress).finish();
        } catch (StoreException e) {
            return null; // e.g. a session that recorded no samples: it still has a row, without metrics
        }
    }

    /**
     * Replays the session into a fresh analysis and stores its result (summary and events), as
     * {@code myofuse replay} does: the analysis is a pure function of the stored data and the fusion's
     * settings, so storing it again stores the same.
     */
    private SessionAnalysis analyse(String sessionId, AnalysisProgress progress) throws StoreException {
        SessionAnalysis analysis = analyzer.newAnalysis();
        progress.analysing(sessionId);
        try {
            review.replay(sessionId, analysis, (done, total) -> progress.progress(sessionId, done, total));
        } finally {
            progress.analysed(sessionId);
        }
        review.saveAnalysis(sessionId, analyzer.toJson(analysis.finish()), analysis.events());
        return analysis;
    }

    private static Integer boxed(Optional<OptionalInt> v) {
        return v.isPresent() && v.get().isPresent() ? v.get().getAsInt() : null;
    }
}
