package org.myofuse.fusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.analysis.AnalysisTraces;
import org.myofuse.api.analysis.CopEllipse;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.fusion.dsp.AsymmetryIndex;
import org.myofuse.fusion.force.ForceProcessor;
import org.myofuse.fusion.force.StrokeRecord;
import org.myofuse.fusion.mat.MatSession;
import org.myofuse.fusion.mat.SessionSway;
import org.myofuse.fusion.osgi.FusionConfig;
import org.myofuse.fusion.response.DoseResponse;
import org.myofuse.fusion.response.StrokeResponse;
import org.myofuse.fusion.response.TissueResponse;

/**
 * Turns a finished analysis (the engine's tracks and processors, the recorded frames, the sorted
 * events) into the summary and the traces. Runs once, on the analysis thread, after every stream
 * has closed.
 */
final class SummaryBuilder {

    private final FusionConfig config;
    private final FusionEngine engine;
    private final FrameRecorder frames;
    private final List<TherapyEvent> events;
    private final Tracks.Force force;
    private final Tracks.Mat mat;
    private final List<Tracks.Emg> emg = new ArrayList<>();
    private final List<SessionSummary.Stroke> strokes;

    SummaryBuilder(FusionConfig config, FusionEngine engine, FrameRecorder frames, List<TherapyEvent> events) {
        this.config = config;
        this.engine = engine;
        this.frames = frames;
        this.events = events;
        Tracks.Force f = null;
        Tracks.Mat m = null;
        for (Track t : engine.tracks()) {
            if (t instanceof Tracks.Force tf && f == null) {
                f = tf;
            } else if (t instanceof Tracks.Mat tm && m == null) {
                m = tm;
            } else if (t instanceof Tracks.Emg te) {
                emg.add(te);
            }
        }
        this.force = f;
        this.mat = m;
        this.strokes = force == null ? List.of() : strokes(force);
    }

    SessionSummary summary() {
        int n = frames.frames();
        double start = n == 0 ? Double.NaN : frames.time().get(0);
        return new SessionSummary(SessionSummary.FORMAT, SessionSummary.VERSION, start, n / config.frameRateHz(), n,
                streams(), forceSummary(), emgSummary(), matSummary(), response(), SummaryParameters.of(config, emg));
    }

    AnalysisTraces traces() {
        List<AnalysisTraces.EmgTrace> envelopes = new ArrayList<>();
        for (Tracks.Emg e : emg) {
            for (int c = 0; c < e.count(); c++) {
                envelopes.add(new AnalysisTraces.EmgTrace(e.info.deviceId(), e.name(c), e.mvc[c].unit(),
                        frames.emg(e.emgOffset + c).toArray()));
            }
        }
        List<AnalysisTraces.Stroke> spans = strokes.stream()
                .map(s -> new AnalysisTraces.Stroke(s.startS(), s.endS(), s.peakNormalN(), s.meanNormalN())).toList();
        List<AnalysisTraces.Onset> onsets = events.stream().filter(e -> e.type() == TherapyEventType.EMG_ONSET)
                .map(e -> new AnalysisTraces.Onset(e.source(), e.sessionNanos() / 1e9)).toList();
        return new AnalysisTraces(config.frameRateHz(), frames.time().toArray(),
                force == null ? null : frames.normal().toArray(), force == null ? null : frames.shear().toArray(),
                envelopes, mat == null ? null : frames.copX().toArray(), mat == null ? null : frames.copY().toArray(),
                spans, onsets, config.targetLowN(), config.targetHighN(), mat == null ? null : ellipse(mat.session.sway()),
                mat == null ? null : pressureMap(mat.session));
    }

    private List<SessionSummary.Stream> streams() {
        List<SessionSummary.Stream> out = new ArrayList<>();
        for (Track t : engine.tracks()) {
            String kind = t instanceof Tracks.Force ? "force" : t instanceof Tracks.Mat ? "mat" : "emg";
            out.add(new SessionSummary.Stream(t.info.deviceId(), kind, t.info.sampleRateHz(), t.info.channels(), t.samples,
                    t.missingSamples, t.clock.ready() ? t.clock.driftPpm() : Double.NaN));
        }
        return out;
    }

    // ---- force

    /**
     * The force processor's strokes on the session timeline. Their times are those of their
     * STROKE_START and STROKE_END events (mapped with the clock model as it stood when each was found),
     * so the summary, the traces and the event list agree to the nanosecond. Every completed stroke has
     * exactly one end event, in order; its start is the latest start event at or before its end (a
     * stroke cut by a gap has a start event but no end).
     */
    private List<SessionSummary.Stroke> strokes(Tracks.Force f) {
        // the engine names force events "device/source", and the processor's source is the device id
        String source = f.info.deviceId() + "/" + f.info.deviceId();
        long[] starts = times(TherapyEventType.STROKE_START, source);
        long[] ends = times(TherapyEventType.STROKE_END, source);
        List<StrokeRecord> records = f.force.strokes();
        if (ends.length != records.size()) {
            throw new IllegalStateException("fusion analysis: " + records.size() + " strokes but " + ends.length + " stroke end events");
        }
        List<SessionSummary.Stroke> out = new ArrayList<>();
        int j = -1;
        for (int k = 0; k < records.size(); k++) {
            while (j + 1 < starts.length && starts[j + 1] <= ends[k]) {
                j++;
            }
            StrokeRecord r = records.get(k);
            long start = j >= 0 ? starts[j] : f.clock.timeOf(r.startIndex());
            out.add(new SessionSummary.Stroke(r.number() + 1, start / 1e9, ends[k] / 1e9, r.durationS(), r.peakNormalN(),
                    r.meanNormalN(), r.peakShearN(), r.meanShearN(), r.impulseNs()));
        }
        return out;
    }

    private long[] times(TherapyEventType type, String source) {
        return events.stream().filter(e -> e.type() == type && e.source().equals(source))
                .mapToLong(TherapyEvent::sessionNanos).toArray();
    }

    private SessionSummary.Force forceSummary() {
        if (force == null) {
            return null;
        }
        ForceProcessor p = force.force;
        double contact = 0;
        double shearTimesContact = 0;
        double normalTimesContact = 0;
        double peakShear = Double.NaN;
        for (SessionSummary.Stroke s : strokes) {
            contact += s.durationS();
            shearTimesContact += s.meanShearN() * s.durationS();
            normalTimesContact += s.meanNormalN() * s.durationS();
            peakShear = Double.isNaN(peakShear) ? s.peakShearN() : Math.max(peakShear, s.peakShearN());
        }
        double meanNormal = mean(strokes.stream().mapToDouble(SessionSummary.Stroke::meanNormalN).toArray());
        return new SessionSummary.Force(force.info.deviceId(), strokes.size(), 60 * p.strokeRateHz(),
                strokes.isEmpty() ? Double.NaN : contact / strokes.size(), meanNormal,
                p.tared() ? p.sessionPeakN() : Double.NaN,
                mean(strokes.stream().mapToDouble(SessionSummary.Stroke::meanShearN).toArray()), peakShear,
                normalTimesContact > 0 ? shearTimesContact / normalTimesContact : Double.NaN,
                1000 * meanNormal / p.settings().contactAreaMm2(), p.timeInTargetS(), p.impulseNs(), p.overpressureEvents(),
                strokes);
    }

    // ---- EMG

    private SessionSummary.Emg emgSummary() {
        if (emg.isEmpty()) {
            return null;
        }
        List<SessionSummary.EmgChannel> channels = new ArrayList<>();
        List<SessionSummary.Asymmetry> asymmetry = new ArrayList<>();
        for (Tracks.Emg e : emg) {
            List<SessionSummary.EmgChannel> own = new ArrayList<>();
            for (int c = 0; c < e.count(); c++) {
                own.add(channel(e, c));
            }
            channels.addAll(own);
            asymmetry.addAll(asymmetry(e, own));
        }
        return new SessionSummary.Emg(channels, asymmetry);
    }

    private SessionSummary.EmgChannel channel(Tracks.Emg e, int c) {
        String name = e.name(c);
        String source = e.info.deviceId() + "/" + name;
        FloatSeries envelope = frames.emg(e.emgOffset + c);
        double mean = Double.NaN;
        double peak = Double.NaN;
        double sum = 0;
        int valid = 0;
        for (int i = 0; i < envelope.size(); i++) {
            float v = envelope.get(i);
            if (!Float.isNaN(v)) {
                sum += v;
                valid++;
                peak = Double.isNaN(peak) ? v : Math.max(peak, v);
            }
        }
        if (valid > 0) {
            mean = sum / valid;
        }
        boolean calibrated = e.mvc[c].calibrated();
        List<Double> onsets = events.stream()
                .filter(ev -> ev.type() == TherapyEventType.EMG_ONSET && ev.source().equals(source))
                .map(ev -> ev.sessionNanos() / 1e9).toList();
        return new SessionSummary.EmgChannel(e.info.deviceId(), name, e.mvc[c].unit(),
                calibrated ? e.mvc[c].mvcUv() : Double.NaN, e.stats.rms(c), mean, peak, calibrated ? mean : Double.NaN,
                onsets, e.stats.meanMedianHz(c), e.stats.medianSlopeHzPerMin(c), e.stats.windows(c));
    }

    /** Left/right pairs of one amplifier: on mean %MVC when both are calibrated (comparable), else on RMS uV. */
    private static List<SessionSummary.Asymmetry> asymmetry(Tracks.Emg e, List<SessionSummary.EmgChannel> own) {
        List<String> names = own.stream().map(SessionSummary.EmgChannel::channel).toList();
        List<SessionSummary.Asymmetry> out = new ArrayList<>();
        for (AsymmetryIndex.Pair p : AsymmetryIndex.pairs(names)) {
            SessionSummary.EmgChannel l = own.get(p.left());
            SessionSummary.EmgChannel r = own.get(p.right());
            boolean mvc = e.mvc[p.left()].calibrated() && e.mvc[p.right()].calibrated();
            double index = mvc ? AsymmetryIndex.of(l.meanPctMvc(), r.meanPctMvc()) : AsymmetryIndex.of(l.rmsUv(), r.rmsUv());
            out.add(new SessionSummary.Asymmetry(e.info.deviceId(), p.muscle(), l.channel(), r.channel(),
                    mvc ? "mean %MVC" : "RMS uV", index));
        }
        return out;
    }

    // ---- mat

    private SessionSummary.Mat matSummary() {
        if (mat == null) {
            return null;
        }
        MatSession s = mat.session;
        SessionSway sway = s.sway();
        double right = 100 * s.meanRightShare();
        double anterior = 100 * s.meanAnteriorShare();
        return new SessionSummary.Mat(mat.info.deviceId(), s.frames(), s.meanLoadN(), sway.meanXmm(), sway.meanYmm(),
                sway.pathLengthMm(), sway.meanVelocityMmS(), ellipse(sway), 100 - right, right, anterior, 100 - anterior);
    }

    private static CopEllipse ellipse(SessionSway sway) {
        if (sway.count() < 4) {
            return null;
        }
        double[] axes = sway.ellipseAxes();
        return new CopEllipse(sway.meanXmm(), sway.meanYmm(), axes[0], axes[1], axes[2], sway.ellipseAreaMm2());
    }

    private static AnalysisTraces.PressureMap pressureMap(MatSession s) {
        var g = s.grid();
        return new AnalysisTraces.PressureMap(g.rows(), g.columns(), g.rowPitchMm(), g.columnPitchMm(), s.meanKpa());
    }

    // ---- tissue response

    private SessionSummary.Response response() {
        if (force == null) {
            return null;
        }
        TissueResponse r = engine.response();
        List<StrokeResponse> doses = r == null ? List.of() : r.strokes();
        String unit = r == null ? "" : r.riseUnit();
        return new SessionSummary.Response(r == null ? List.of() : r.watchedChannels(), doses.size(),
                responseEvents(TherapyEventType.GUARDING), responseEvents(TherapyEventType.WITHDRAWAL),
                doses.stream().map(SummaryBuilder::dose).toList(), fit(DoseResponse.ofPeakForce(doses), unit),
                fit(DoseResponse.ofImpulse(doses), unit));
    }

    private List<SessionSummary.ResponseEvent> responseEvents(TherapyEventType type) {
        return events.stream().filter(e -> e.type() == type)
                .map(e -> new SessionSummary.ResponseEvent(e.sessionNanos() / 1e9, e.source(), e.value(), e.unit(), e.detail()))
                .toList();
    }

    private static SessionSummary.StrokeDose dose(StrokeResponse s) {
        return new SessionSummary.StrokeDose(s.number() + 1, s.startNanos() / 1e9, s.endNanos() / 1e9, s.peakNormalN(),
                s.impulseNs(), s.peakRise(), s.riseUnit(), s.guarded(), s.guardingSource(), s.guardingLatencyMs(),
                s.peakShiftMm(), s.withdrawn());
    }

    private static SessionSummary.DoseFit fit(DoseResponse d, String unit) {
        return new SessionSummary.DoseFit(d.dose(), d.doseUnit(), unit, d.strokes(), d.slope(), d.intercept(), d.correlation());
    }

    private static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).sum() / values.length;
    }
}
