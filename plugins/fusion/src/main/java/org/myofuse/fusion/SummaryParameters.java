package org.myofuse.fusion;

import java.util.Arrays;
import java.util.List;

import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.fusion.dsp.EmgFilterPlan;
import org.myofuse.fusion.osgi.FusionConfig;

/** Every processing parameter of a run, as configured and, for the EMG chain, as applied to each amplifier. */
final class SummaryParameters {

    static final String ELLIPSE = "95 % prediction ellipse (Schubert and Kirchner 2014) over every mat frame of the session";

    private SummaryParameters() {
    }

    static SessionSummary.Parameters of(FusionConfig c, List<Tracks.Emg> emg) {
        return new SessionSummary.Parameters(c.frameRateHz(), c.stallTimeoutMs(), c.clockFitSeconds(), c.emgLatencyMs(),
                c.forceLatencyMs(), c.matLatencyMs(), emg(c, emg), force(c),
                new SessionSummary.MatParameters(c.matContactKpa(), c.swayWindowS(), ELLIPSE), response(c));
    }

    private static SessionSummary.EmgParameters emg(FusionConfig c, List<Tracks.Emg> tracks) {
        List<SessionSummary.EmgFilter> applied = tracks.stream().map(t -> applied(c, t)).toList();
        return new SessionSummary.EmgParameters(c.emgBandLowHz(), c.emgBandHighHz(), c.emgBandOrder(), c.mainsHz(),
                c.notchHarmonics(), c.notchBandwidthHz(), c.rmsWindowMs(), Arrays.stream(c.mvcUv()).boxed().toList(),
                c.onsetTeagerKaiser() ? "teager-kaiser threshold" : "threshold", c.onsetK(), c.onsetMinDurationMs(), c.onsetFastK(), c.onsetFastDurationMs(),
                c.onsetBaselineS(), c.onsetSmoothingHz(), c.medianFrequencyWindowS(), applied);
    }

    private static SessionSummary.EmgFilter applied(FusionConfig c, Tracks.Emg t) {
        EmgFilterPlan p = t.chain.plan();
        double rate = p.sampleRateHz();
        double onsetSmoothing = Tracks.onsetSmoothingHz(c, rate);
        return new SessionSummary.EmgFilter(t.info.deviceId(), rate, p.lowHz(), p.highHz(), p.requestedHighHz(),
                p.highClipped(), p.bandOrder(), p.notchHz(), p.notchBandwidthHz(), 1000.0 * t.chain.rmsWindowSamples() / rate,
                onsetSmoothing);
    }

    private static SessionSummary.ForceParameters force(FusionConfig c) {
        var f = FusionSettings.force(c);
        return new SessionSummary.ForceParameters(f.tareSeconds(), f.smoothingHz(), f.strokeStartN(), f.strokeEndN(),
                f.minStrokeMs(), f.contactAreaMm2(), f.targetLowN(), f.targetHighN(), f.targetDwellMs(), f.overpressureN(),
                f.restBandN(), f.zeroTrackingS());
    }

    private static SessionSummary.ResponseParameters response(FusionConfig c) {
        var r = FusionSettings.response(c);
        return new SessionSummary.ResponseParameters(List.of(c.guardingChannels()), c.guardingRisePctMvc(),
                c.guardingRiseUv(), r.guardingWindowMs(), r.guardingSustainMs(), r.baselineMs(), r.tailMs(), r.withdrawalMm(),
                r.withdrawalSustainMs());
    }
}
