package org.myofuse.api.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the session report shows about one recorded session. A part whose device was absent
 * ({@code force}, {@code emg}, {@code sway}, {@code heatMap}) is {@code null}; the report then says so in
 * one line instead of drawing an empty chart. Lists are copied and must not contain {@code null}.
 *
 * <p>Arrays are copied on construction and on every accessor call, so a record cannot change after
 * it was built (the report is compared byte for byte in tests). Array components are therefore not
 * part of {@code equals}: records are compared by identity for those components, as for any record
 * holding arrays.
 *
 * <p>Series use seconds since the session start on the time axis; a {@code NaN} value is a gap and
 * breaks the drawn line.
 *
 * @param header     who, what, when, and pain before/after
 * @param force      the IASTM tool's force over time and the detected strokes, or {@code null}
 * @param emg        EMG envelopes per channel and muscle onsets, or {@code null}
 * @param sway       the centre-of-pressure path and its 95% confidence ellipse, or {@code null}
 * @param heatMap    the pressure mat's mean pressure per cell, or {@code null}
 * @param events     the session's events in any order (drawn by time); what {@code protocolRuns} shows as
 *                   parameters is not repeated here
 * @param summary    the summary table rows, in display order
 * @param protocolRuns the protocol runs the session recorded, in the order they started; empty when no protocol
 *                   ran (since 1.5)
 */
public record SessionReport(
        Header header,
        Force force,
        Emg emg,
        Sway sway,
        HeatMap heatMap,
        List<Event> events,
        List<SummaryRow> summary,
        List<ProtocolRun> protocolRuns) {

    public SessionReport {
        Objects.requireNonNull(header, "header");
        events = List.copyOf(events);
        summary = List.copyOf(summary);
        protocolRuns = List.copyOf(protocolRuns);
    }

    /** A report of a session without a protocol run (the 1.0-1.4 constructor). */
    public SessionReport(Header header, Force force, Emg emg, Sway sway, HeatMap heatMap, List<Event> events,
            List<SummaryRow> summary) {
        this(header, force, emg, sway, heatMap, events, summary, List.of());
    }

    /**
     * The report heading.
     *
     * @param sessionId       the session's id as the CLI shows it
     * @param patientCode     the pseudonymous patient code, {@code ""} when the session has no patient
     * @param therapist       the therapist's name or initials, {@code ""} when unknown
     * @param protocolId      the protocol the session ran, {@code ""} when none
     * @param start           when the session started; shown in UTC
     * @param durationSeconds the session's length
     * @param status          how it ended, e.g. {@code COMPLETE} or {@code INTERRUPTED}
     * @param devices         one line per device, e.g. {@code "iastm-force@/dev/ttyUSB0 (fw 1.2)"}
     * @param painBefore      pain NRS 0-10 asked before the session, {@code null} when not asked
     * @param painAfter       pain NRS 0-10 asked after the session, {@code null} when not asked
     * @param startDateKnown  false for a session imported from files that gave only a time of day: then
     *                        {@code start} holds that time on an arbitrary day and the report says "date
     *                        unknown" (since 1.3)
     */
    public record Header(
            String sessionId,
            String patientCode,
            String therapist,
            String protocolId,
            Instant start,
            double durationSeconds,
            String status,
            List<String> devices,
            Integer painBefore,
            Integer painAfter,
            boolean startDateKnown) {

        /** A header of a session whose date is known (the 1.2 constructor). */
        public Header(String sessionId, String patientCode, String therapist, String protocolId, Instant start,
                double durationSeconds, String status, List<String> devices, Integer painBefore, Integer painAfter) {
            this(sessionId, patientCode, therapist, protocolId, start, durationSeconds, status, devices, painBefore,
                    painAfter, true);
        }

        public Header {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(patientCode, "patientCode");
            Objects.requireNonNull(therapist, "therapist");
            Objects.requireNonNull(protocolId, "protocolId");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(status, "status");
            devices = List.copyOf(devices);
            Checks.pain(painBefore, "painBefore");
            Checks.pain(painAfter, "painAfter");
        }
    }

    /**
     * Force on the instrument edge over time.
     *
     * @param timeSeconds  sample times, non-decreasing, finite
     * @param normalN      normal force in N, one per time
     * @param shearN       shear (tangential) force in N, one per time
     * @param targetLowN   lower edge of the protocol's target force band in N
     * @param targetHighN  upper edge of the target band in N
     * @param strokes      the detected strokes in time order
     */
    public record Force(
            double[] timeSeconds,
            float[] normalN,
            float[] shearN,
            double targetLowN,
            double targetHighN,
            List<Stroke> strokes) {

        public Force {
            timeSeconds = Checks.time(timeSeconds, "timeSeconds");
            normalN = Checks.series(normalN, timeSeconds.length, "normalN");
            shearN = Checks.series(shearN, timeSeconds.length, "shearN");
            if (!(targetLowN <= targetHighN)) {
                throw new IllegalArgumentException("target band low " + targetLowN + " > high " + targetHighN);
            }
            strokes = List.copyOf(strokes);
        }

        @Override public double[] timeSeconds() { return timeSeconds.clone(); }
        @Override public float[] normalN() { return normalN.clone(); }
        @Override public float[] shearN() { return shearN.clone(); }
    }

    /**
     * One stroke of the instrument along the tissue.
     *
     * @param startSeconds when the stroke began
     * @param endSeconds   when it ended
     * @param peakN        its peak normal force in N
     * @param meanN        its mean normal force in N
     */
    public record Stroke(double startSeconds, double endSeconds, double peakN, double meanN) {
        public Stroke {
            if (!(startSeconds <= endSeconds)) {
                throw new IllegalArgumentException("stroke ends (" + endSeconds + ") before it starts (" + startSeconds + ")");
            }
        }
    }

    /**
     * Surface EMG envelopes.
     *
     * @param channels    channel (muscle) names, one per envelope
     * @param unit        the envelopes' unit, {@code "%MVC"} or {@code "uV"}
     * @param timeSeconds sample times shared by all channels, non-decreasing, finite
     * @param envelopes   {@code envelopes[channel][sample]}, each as long as {@code timeSeconds}
     * @param onsets      detected muscle onsets
     */
    public record Emg(
            List<String> channels,
            String unit,
            double[] timeSeconds,
            float[][] envelopes,
            List<Onset> onsets) {

        public Emg {
            channels = List.copyOf(channels);
            Objects.requireNonNull(unit, "unit");
            timeSeconds = Checks.time(timeSeconds, "timeSeconds");
            if (envelopes.length != channels.size()) {
                throw new IllegalArgumentException(envelopes.length + " envelopes for " + channels.size() + " channels");
            }
            float[][] copy = new float[envelopes.length][];
            for (int c = 0; c < envelopes.length; c++) {
                copy[c] = Checks.series(envelopes[c], timeSeconds.length, "envelopes[" + c + "]");
            }
            envelopes = copy;
            onsets = List.copyOf(onsets);
            for (Onset onset : onsets) {
                if (onset.channel() < 0 || onset.channel() >= channels.size()) {
                    throw new IllegalArgumentException("onset on channel " + onset.channel() + " of " + channels.size());
                }
            }
        }

        @Override public double[] timeSeconds() { return timeSeconds.clone(); }

        @Override
        public float[][] envelopes() {
            float[][] copy = new float[envelopes.length][];
            for (int c = 0; c < envelopes.length; c++) {
                copy[c] = envelopes[c].clone();
            }
            return copy;
        }
    }

    /**
     * A detected muscle onset.
     *
     * @param channel     index into {@link Emg#channels()}
     * @param timeSeconds when the muscle switched on
     */
    public record Onset(int channel, double timeSeconds) {}

    /**
     * Postural sway: the centre of pressure on the mat.
     *
     * @param copXmm  CoP x in mm, one per sample
     * @param copYmm  CoP y in mm, as long as {@code copXmm}
     * @param ellipse the 95% confidence ellipse of the path, or {@code null} when not computed
     */
    public record Sway(float[] copXmm, float[] copYmm, Ellipse ellipse) {
        public Sway {
            copXmm = copXmm.clone();
            copYmm = Checks.series(copYmm, copXmm.length, "copYmm");
        }

        @Override public float[] copXmm() { return copXmm.clone(); }
        @Override public float[] copYmm() { return copYmm.clone(); }
    }

    /**
     * A 95% confidence ellipse.
     *
     * @param centreXmm    centre x in mm
     * @param centreYmm    centre y in mm
     * @param semiAxisAmm  semi-axis a in mm (the one the angle refers to)
     * @param semiAxisBmm  semi-axis b in mm
     * @param angleDegrees angle of semi-axis a from the +x axis, counter-clockwise, in degrees
     */
    public record Ellipse(double centreXmm, double centreYmm, double semiAxisAmm, double semiAxisBmm, double angleDegrees) {
        public Ellipse {
            if (!(semiAxisAmm >= 0 && semiAxisBmm >= 0)) {
                throw new IllegalArgumentException("semi-axes must be >= 0: " + semiAxisAmm + ", " + semiAxisBmm);
            }
        }

        /** The ellipse's area in mm²: π·a·b. */
        public double areaMm2() {
            return Math.PI * semiAxisAmm * semiAxisBmm;
        }
    }

    /**
     * Mean pressure per mat cell over the session.
     *
     * @param rows        number of rows (row 0 is drawn at the top)
     * @param cols        number of columns
     * @param meanKpa     mean pressure in kPa, row-major, {@code rows * cols} long; {@code NaN} = no data
     * @param cellPitchMm distance between cell centres in mm
     */
    public record HeatMap(int rows, int cols, float[] meanKpa, double cellPitchMm) {
        public HeatMap {
            if (rows <= 0 || cols <= 0) {
                throw new IllegalArgumentException("heat map must have cells: " + rows + " x " + cols);
            }
            meanKpa = Checks.series(meanKpa, rows * cols, "meanKpa");
            if (!(cellPitchMm > 0)) {
                throw new IllegalArgumentException("cell pitch must be > 0: " + cellPitchMm);
            }
        }

        @Override public float[] meanKpa() { return meanKpa.clone(); }
    }

    /**
     * Something that happened during the session: guarding, withdrawal, a device gap, a marker.
     *
     * @param timeSeconds when, in seconds since the session start
     * @param type        what kind, e.g. {@code GUARDING}; one timeline lane and colour per type
     * @param source      who raised it, e.g. a device or processing stage
     * @param value       a measured value, {@code NaN} when the event has none
     * @param unit        the value's unit, {@code ""} when none
     * @param detail      free text, {@code ""} when none
     * @param origin      who wrote it down, as the store names it ({@code live}: the live fusion while the
     *                    session recorded; {@code analysis}: the latest analysis of the stored session;
     *                    {@code protocol}, {@code recorded}), so that a reader can tell the copies of one
     *                    event apart; {@code ""} when unknown
     * @since 1.1
     */
    public record Event(double timeSeconds, String type, String source, double value, String unit, String detail,
            String origin) {
        public Event {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(origin, "origin");
        }

        /** An event whose origin is not known. */
        public Event(double timeSeconds, String type, String source, double value, String unit, String detail) {
            this(timeSeconds, type, source, value, unit, detail, "");
        }
    }

    /**
     * One row of the summary table.
     *
     * @param section the group the row belongs to, e.g. {@code "Force"}; consecutive rows of a section share a heading
     * @param label   what is measured
     * @param value   the value, already formatted
     * @param unit    its unit, {@code ""} when none
     */
    public record SummaryRow(String section, String label, String value, String unit) {
        public SummaryRow {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /**
     * One run of a protocol in the session, as its journal recorded it: what ran, each step's outcome and
     * result, pain before and after, the cues given, and every parameter value used with its source.
     *
     * @param protocolId   the protocol's id, {@code ""} when the journal did not record the run's start
     * @param version      the protocol's version, {@code ""} when not recorded
     * @param startSeconds when the run started, in seconds since the session start
     * @param outcome      how the run ended: {@code completed}, {@code aborted: <reason>}, or {@code ""} when the
     *                     session stopped before the run ended
     * @param steps        the steps in the order they ran, one per attempt (a repeated step has a row per attempt)
     * @param painBefore   the first pain NRS 0-10 asked before the treatment, {@code null} when not asked
     * @param painAfter    the last pain NRS 0-10 asked after the treatment, {@code null} when not asked
     * @param cues         the number of cues per severity, in the order to show (mildest first)
     * @param parameters   every parameter value the run used, grouped by scope (the protocol's own first, then
     *                     each step's, in step order), in the protocol's order within a scope
     * @since 1.5
     */
    public record ProtocolRun(
            String protocolId,
            String version,
            double startSeconds,
            String outcome,
            List<StepRun> steps,
            Integer painBefore,
            Integer painAfter,
            List<CueCount> cues,
            List<Parameter> parameters) {

        public ProtocolRun {
            Objects.requireNonNull(protocolId, "protocolId");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(outcome, "outcome");
            steps = List.copyOf(steps);
            Checks.pain(painBefore, "painBefore");
            Checks.pain(painAfter, "painAfter");
            cues = List.copyOf(cues);
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * How a step's attempt ended.
     *
     * @since 1.5
     */
    public enum StepOutcome {
        /** The step reached its exit conditions (the journal's {@code done}). */
        COMPLETED,
        /** The therapist skipped it, before or while it ran. */
        SKIPPED,
        /** The therapist asked to run it again; another attempt follows. */
        REPEATED,
        /** The run was aborted during this step. */
        ABORTED,
        /** The session stopped while the step ran. */
        NOT_ENDED
    }

    /**
     * One attempt at a step.
     *
     * @param stepId        the step's id in the protocol
     * @param index         its position in the protocol, 0-based
     * @param startSeconds  when it began (after its entry conditions), in seconds since the session start;
     *                      {@code NaN} when it ended before it began (skipped while it waited)
     * @param endSeconds    when it ended, {@code NaN} when it did not ({@link StepOutcome#NOT_ENDED})
     * @param outcome       how it ended
     * @param result        the fraction 0..1 of good strokes, holds or repetitions; {@code NaN} for a step
     *                      that does not judge, or without a result
     * @param resultDetail  the result in one line (counts, peaks, scores), {@code ""} when none
     * @since 1.5
     */
    public record StepRun(String stepId, int index, double startSeconds, double endSeconds, StepOutcome outcome,
            double result, String resultDetail) {
        public StepRun {
            Objects.requireNonNull(stepId, "stepId");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(resultDetail, "resultDetail");
            if (endSeconds < startSeconds) {
                throw new IllegalArgumentException("step " + stepId + " ends (" + endSeconds + ") before it starts ("
                        + startSeconds + ")");
            }
        }

        /** How long it ran in seconds, {@code NaN} when it did not both begin and end. */
        public double durationSeconds() {
            return endSeconds - startSeconds;
        }
    }

    /**
     * How many cues of one severity the run gave.
     *
     * @param severity the severity as the cues name it, e.g. {@code info}, {@code advisory}, {@code caution},
     *                 {@code alarm}
     * @param count    how many, 0 or more
     * @since 1.5
     */
    public record CueCount(String severity, int count) {
        public CueCount {
            Objects.requireNonNull(severity, "severity");
            if (count < 0) {
                throw new IllegalArgumentException("cue count must be >= 0: " + count);
            }
        }
    }

    /**
     * Where a parameter's value came from, so that a reader sees what differs from the protocol as published.
     *
     * @since 1.5
     */
    public enum ValueOrigin {
        /** The protocol's own value: a cited reference or the clinic default. */
        PROTOCOL,
        /** A clinic override file changed it. */
        CLINIC_OVERRIDE,
        /** The patient's program set it for this run (a progression rule). */
        PROGRAM
    }

    /**
     * One parameter value a protocol run used.
     *
     * @param scope  the step id the parameter belongs to, {@code ""} for the protocol as a whole (equipment,
     *               muscles)
     * @param name   the parameter's path within its scope, e.g. {@code targetNormalForce} or
     *               {@code equipment.forceTool.normalRange}
     * @param value  the value as read, already formatted: a number, a band {@code 6-8.9}, or a text (a site)
     * @param unit   the value's unit ({@code N}, {@code s}, {@code %MVC} ...), {@code ""} for a count or a text
     * @param source where it comes from, as journaled: {@code <key>: <citation>}, {@code clinic default},
     *               {@code clinic override (etc/FILE)}, {@code program <plan> <version>, progression <rule>}
     * @param origin whether the protocol, a clinic override or the program set it
     * @since 1.5
     */
    public record Parameter(String scope, String name, String value, String unit, String source, ValueOrigin origin) {
        public Parameter {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(origin, "origin");
        }
    }
}
