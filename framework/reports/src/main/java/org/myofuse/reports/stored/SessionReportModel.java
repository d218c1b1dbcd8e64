package org.myofuse.reports.stored;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.analysis.AnalysisTraces;
import org.myofuse.api.analysis.CopEllipse;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.api.report.SessionReport;
import org.myofuse.api.store.Assessment;
import org.myofuse.api.store.StoredEvent;

/**
 * Builds a {@link SessionReport} from a session's record and its analysis. Every time in the report is
 * in seconds from the first fused frame, so charts, strokes, onsets and events share one axis.
 */
final class SessionReportModel {

    /** The factory part of a configured device's id in an event's text ({@code org.myofuse.device.sim_emg~}). */
    private static final Pattern CONFIGURATION_PREFIX = Pattern.compile("[\\w.]+~");

    private final SessionInfo info;
    private final SessionSummary summary;
    private final AnalysisTraces traces;
    private final double t0;

    SessionReportModel(SessionInfo info, SessionSummary summary, AnalysisTraces traces) {
        this.info = info;
        this.summary = summary;
        this.traces = traces;
        this.t0 = summary.startS();
    }

    SessionReport build(List<String> devices, Assessment assessment, List<StoredEvent> events) {
        return new SessionReport(header(devices, assessment), force(), emg(), sway(), heatMap(),
                events.stream().filter(e -> !ProtocolRuns.inParameterTable(e)).map(this::event).toList(),
                SummaryRows.of(summary), ProtocolRuns.of(events, t0));
    }

    private SessionReport.Header header(List<String> devices, Assessment assessment) {
        double duration = info.endEpochMillis() > 0 ? (info.endEpochMillis() - info.startEpochMillis()) / 1000.0
                : summary.durationS();
        return new SessionReport.Header(info.id(), info.patientId(), info.therapistId(), info.protocolId(),
                Instant.ofEpochMilli(info.startEpochMillis()), duration, info.status().name(), devices,
                boxed(assessment == null ? OptionalInt.empty() : assessment.painBefore()),
                boxed(assessment == null ? OptionalInt.empty() : assessment.painAfter()), info.startDateKnown());
    }

    private double[] times() {
        double[] t = new double[traces.frames()];
        for (int i = 0; i < t.length; i++) {
            t[i] = traces.timeS()[i] - t0;
        }
        return t;
    }

    private SessionReport.Force force() {
        if (traces.normalN() == null) {
            return null;
        }
        var strokes = traces.strokes().stream().map(s -> new SessionReport.Stroke(s.startS() - t0, s.endS() - t0,
                s.peakN(), s.meanN())).toList();
        return new SessionReport.Force(times(), traces.normalN(), traces.shearN(), traces.targetLowN(),
                traces.targetHighN(), strokes);
    }

    private SessionReport.Emg emg() {
        if (traces.emg().isEmpty()) {
            return null;
        }
        boolean oneDevice = traces.emg().stream().map(AnalysisTraces.EmgTrace::device).distinct().count() == 1;
        List<String> names = new ArrayList<>();
        float[][] envelopes = new float[traces.emg().size()][];
        for (int c = 0; c < envelopes.length; c++) {
            var trace = traces.emg().get(c);
            names.add(oneDevice ? trace.channel() : DeviceInfo.configuredName(trace.device()) + "/" + trace.channel());
            envelopes[c] = trace.envelope();
        }
        List<SessionReport.Onset> onsets = new ArrayList<>();
        for (var onset : traces.onsets()) {
            int channel = channelIndex(onset.channel());
            if (channel >= 0) {
                onsets.add(new SessionReport.Onset(channel, onset.timeS() - t0));
            }
        }
        String unit = traces.emg().stream().map(AnalysisTraces.EmgTrace::unit).distinct().count() == 1
                ? traces.emg().get(0).unit() : "%MVC or uV";
        return new SessionReport.Emg(names, unit, times(), envelopes, onsets);
    }

    /** Onsets name their channel as the traces do, {@code device/channel} or the bare channel. */
    private int channelIndex(String name) {
        for (int c = 0; c < traces.emg().size(); c++) {
            var trace = traces.emg().get(c);
            if (name.equals(trace.device() + "/" + trace.channel()) || name.equals(trace.channel())) {
                return c;
            }
        }
        return -1;
    }

    private SessionReport.Sway sway() {
        if (traces.copXmm() == null) {
            return null;
        }
        CopEllipse e = traces.ellipse();
        var ellipse = e == null ? null : new SessionReport.Ellipse(e.centreXmm(), e.centreYmm(), e.semiMajorMm(),
                e.semiMinorMm(), e.angleDeg());
        return new SessionReport.Sway(traces.copXmm(), traces.copYmm(), ellipse);
    }

    private SessionReport.HeatMap heatMap() {
        var map = traces.meanPressure();
        return map == null ? null : new SessionReport.HeatMap(map.rows(), map.columns(), map.meanKpa(), map.rowPitchMm());
    }

    private SessionReport.Event event(StoredEvent e) {
        return new SessionReport.Event(e.timeSeconds() - t0, e.type(), DeviceInfo.configuredName(e.source()), e.value(),
                e.unit(), CONFIGURATION_PREFIX.matcher(e.detail()).replaceAll(""), e.origin());
    }

    private static Integer boxed(OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }

    static String number(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }
}
