package org.myofuse.api.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.myofuse.api.program.PatientProgram;

/**
 * A patient's progress over their sessions: pain NRS before and after each session, the change from
 * baseline, and key metrics per session. Sessions are shown in the order given (oldest first is
 * expected); the baseline is the first session that has a pain-before score.
 *
 * @param patientCode the pseudonymous patient code
 * @param program     the treatment program, or {@code null} when the patient has none
 * @param sessions    one row per session, oldest first
 * @param progress    the progress through the program (week, adherence per week, pain trend, progression
 *                    rules and the next session's values), or {@code null} when the patient has no program or
 *                    no programs bundle is installed (since 1.4)
 */
public record ProgressReport(String patientCode, Program program, List<SessionRow> sessions,
        PatientProgram progress) {

    public ProgressReport {
        Objects.requireNonNull(patientCode, "patientCode");
        sessions = List.copyOf(sessions);
    }

    /** A progress report without the program's progress (the 1.0-1.3 constructor). */
    public ProgressReport(String patientCode, Program program, List<SessionRow> sessions) {
        this(patientCode, program, sessions, null);
    }

    /**
     * A planned treatment program.
     *
     * @param weeks           the program's length in weeks
     * @param sessionsPerWeek planned sessions per week
     * @param startDate       the program's first day
     */
    public record Program(int weeks, int sessionsPerWeek, LocalDate startDate) {
        public Program {
            Objects.requireNonNull(startDate, "startDate");
        }
    }

    /**
     * One session in the progress report.
     *
     * @param sessionId  the session's id
     * @param date       the day it took place (in the clinic's time zone); meaningless when
     *                   {@code dateKnown} is false
     * @param painBefore pain NRS 0-10 before the session, {@code null} when not asked
     * @param painAfter  pain NRS 0-10 after the session, {@code null} when not asked
     * @param metrics    the session's key metrics; the same labels across sessions make one column each
     * @param dateKnown  false for a session imported from files that gave only a time of day: the report
     *                   says "date unknown" (since 1.3)
     */
    public record SessionRow(String sessionId, LocalDate date, Integer painBefore, Integer painAfter, List<Metric> metrics,
            boolean dateKnown) {

        /** A row of a session whose date is known (the 1.2 constructor). */
        public SessionRow(String sessionId, LocalDate date, Integer painBefore, Integer painAfter, List<Metric> metrics) {
            this(sessionId, date, painBefore, painAfter, metrics, true);
        }

        public SessionRow {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(date, "date");
            Checks.pain(painBefore, "painBefore");
            Checks.pain(painAfter, "painAfter");
            metrics = List.copyOf(metrics);
        }
    }

    /**
     * A key metric of a session, e.g. strokes, mean normal force, guarding events, ellipse area.
     *
     * @param label what is measured; the label identifies the metric across sessions
     * @param value its value, {@code NaN} when not available
     * @param unit  its unit, {@code ""} for counts
     */
    public record Metric(String label, double value, String unit) {
        public Metric {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(unit, "unit");
        }
    }
}
