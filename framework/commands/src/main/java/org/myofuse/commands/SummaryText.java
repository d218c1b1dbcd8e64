package org.myofuse.commands;

import static org.myofuse.api.device.DeviceInfo.configuredName;

import java.util.Locale;
import java.util.stream.Collectors;

import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.api.analysis.SessionSummary.Asymmetry;
import org.myofuse.api.analysis.SessionSummary.EmgChannel;
import org.myofuse.api.analysis.SessionSummary.EmgFilter;
import org.myofuse.api.analysis.SessionSummary.Parameters;

/** The terminal form of a summary: one labelled value per line, with its unit; "n/a" for what was not measured. */
final class SummaryText {

    private final StringBuilder b = new StringBuilder(2048);

    private SummaryText() {
    }

    static String of(SessionSummary s) {
        SummaryText t = new SummaryText();
        t.session(s);
        t.force(s.force());
        t.emg(s.emg());
        t.mat(s.mat());
        t.response(s.response());
        t.parameters(s.parameters());
        return t.b.toString();
    }

    private void session(SessionSummary s) {
        line("Session", "");
        line("  duration", n(s.durationS(), 1) + " s (" + s.frames() + " frames from " + n(s.startS(), 3) + " s)");
        for (SessionSummary.Stream st : s.streams()) {
            line("  stream " + configuredName(st.device()), st.kind() + ", " + n(st.sampleRateHz(), 0) + " Hz, " + st.samples()
                    + " samples, " + st.missingSamples() + " missing, clock drift " + n(st.clockDriftPpm(), 1) + " ppm");
        }
    }

    private void force(SessionSummary.Force f) {
        if (f == null) {
            line("Force", "no force tool");
            return;
        }
        line("Force (" + configuredName(f.device()) + ")", "");
        line("  strokes", f.strokeCount() + " (" + n(f.strokeRatePerMin(), 1) + " /min, mean " + n(f.meanStrokeDurationS(), 2) + " s)");
        line("  normal force", "mean " + n(f.meanNormalN(), 2) + " N, peak " + n(f.peakNormalN(), 2) + " N");
        line("  shear force", "mean " + n(f.meanShearN(), 2) + " N, peak " + n(f.peakShearN(), 2) + " N");
        line("  shear/normal", n(f.shearToNormal(), 3) + " (ratio)");
        line("  contact pressure", n(f.meanContactPressureKpa(), 1) + " kPa (mean)");
        line("  time in target", n(f.timeInTargetS(), 1) + " s");
        line("  impulse", n(f.impulseNs(), 1) + " N s");
        line("  overpressure", f.overpressureEvents() + " events");
    }

    private void emg(SessionSummary.Emg e) {
        if (e == null) {
            line("EMG", "no EMG amplifier");
            return;
        }
        line("EMG", "");
        for (EmgChannel c : e.channels()) {
            String mvc = Double.isNaN(c.meanPctMvc()) ? "" : ", mean " + n(c.meanPctMvc(), 1) + " %MVC";
            line("  " + configuredName(c.device()) + "/" + c.channel(), "RMS " + n(c.rmsUv(), 2) + " uV" + mvc + ", envelope mean "
                    + n(c.meanEnvelope(), 2) + " " + c.envelopeUnit() + ", " + c.onsetsS().size() + " onsets, median frequency "
                    + n(c.medianFrequencyHz(), 1) + " Hz (" + n(c.medianFrequencySlopeHzPerMin(), 2) + " Hz/min)");
        }
        for (Asymmetry a : e.asymmetry()) {
            line("  asymmetry " + a.muscle(), n(a.indexPct(), 1) + " % (" + a.basis() + ", + = right)");
        }
    }

    private void mat(SessionSummary.Mat m) {
        if (m == null) {
            line("Mat", "no pressure mat");
            return;
        }
        line("Mat (" + configuredName(m.device()) + ")", "");
        line("  load", "mean " + n(m.meanLoadN(), 1) + " N over " + m.frames() + " frames");
        line("  centre of pressure", "mean x " + n(m.meanCopXmm(), 1) + " mm, y " + n(m.meanCopYmm(), 1) + " mm");
        line("  sway path", n(m.pathLengthMm(), 1) + " mm, mean velocity " + n(m.meanVelocityMmS(), 2) + " mm/s");
        line("  95 % ellipse", m.ellipse() == null ? "n/a mm2" : n(m.ellipseAreaMm2(), 1) + " mm2, semi-axes "
                + n(m.ellipse().semiMajorMm(), 1) + " x " + n(m.ellipse().semiMinorMm(), 1) + " mm at "
                + n(m.ellipse().angleDeg(), 1) + " deg");
        line("  load left/right", n(m.leftLoadPct(), 1) + " % / " + n(m.rightLoadPct(), 1) + " %");
        line("  load anterior/posterior", n(m.anteriorLoadPct(), 1) + " % / " + n(m.posteriorLoadPct(), 1) + " %");
    }

    private void response(SessionSummary.Response r) {
        if (r == null) {
            line("Tissue response", "no force tool");
            return;
        }
        line("Tissue response", "");
        line("  strokes on the frames", r.strokeCount() + " strokes");
        line("  guarding", r.guarding().size() + " events");
        line("  withdrawal", r.withdrawal().size() + " events");
        fit(r.byPeakForce());
        fit(r.byImpulse());
    }

    private void fit(SessionSummary.DoseFit f) {
        line("  response vs " + f.dose(), "slope " + n(f.slope(), 3) + " " + f.responseUnit() + "/" + f.doseUnit() + ", r "
                + n(f.correlation(), 3) + " (" + f.strokes() + " strokes)");
    }

    private void parameters(Parameters p) {
        line("Parameters", "");
        line("  frames", n(p.frameRateHz(), 1) + " Hz, stall timeout " + n(p.stallTimeoutMs(), 0) + " ms");
        var e = p.emg();
        line("  EMG onset", e.onsetMethod() + ", k " + n(e.onsetK(), 1) + " SD, min " + n(e.onsetMinDurationMs(), 0)
                + (e.onsetFastK() > 0 ? " ms, or " + n(e.onsetFastK(), 1) + " SD for " + n(e.onsetFastDurationMs(), 0) : "")
                + " ms, baseline " + n(e.onsetBaselineS(), 1) + " s");
        line("  EMG RMS window", n(e.rmsWindowMs(), 0) + " ms");
        for (EmgFilter f : e.applied()) {
            line("  EMG filter " + configuredName(f.device()), n(f.lowHz(), 1) + "-" + n(f.highHz(), 1) + " Hz"
                    + (f.highClipped() ? " (clipped from " + n(f.requestedHighHz(), 1) + " Hz below Nyquist)" : "")
                    + ", notch " + (f.notchHz().isEmpty() ? "none" : f.notchHz().stream().map(h -> n(h, 0))
                            .collect(Collectors.joining("/"))) + " Hz");
        }
        var f = p.force();
        line("  force thresholds", "stroke " + n(f.strokeStartN(), 2) + " N, contact " + n(f.strokeEndN(), 2)
                + " N, min " + n(f.minStrokeMs(), 0) + " ms, overpressure " + n(f.overpressureN(), 1) + " N");
        line("  target band", n(f.targetLowN(), 1) + "-" + n(f.targetHighN(), 1) + " N, contact area "
                + n(f.contactAreaMm2(), 0) + " mm2");
        line("  mat", "contact " + n(p.mat().contactKpa(), 1) + " kPa, ellipse over the whole session");
        var r = p.response();
        line("  guarding", "rise " + n(r.guardingRisePctMvc(), 1) + " %MVC / " + n(r.guardingRiseUv(), 1) + " uV within "
                + n(r.guardingWindowMs(), 0) + " ms, sustained " + n(r.guardingSustainMs(), 0) + " ms");
        line("  withdrawal", n(r.withdrawalMm(), 1) + " mm sustained " + n(r.withdrawalSustainMs(), 0) + " ms");
    }

    private void line(String label, String value) {
        b.append(label);
        if (!value.isEmpty()) {
            b.append(' ').append(".".repeat(Math.max(1, 28 - label.length()))).append(' ').append(value);
        }
        b.append('\n');
    }

    private static String n(double x, int decimals) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%." + decimals + "f", x) : "n/a";
    }
}
