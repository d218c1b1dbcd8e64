package org.myofuse.fusion;

import org.myofuse.fusion.force.ForceSettings;
import org.myofuse.fusion.osgi.FusionConfig;
import org.myofuse.fusion.response.ResponseSettings;

/** Builds the processors' validated settings from the typed configuration. */
final class FusionSettings {

    private FusionSettings() {
    }

    static ForceSettings force(FusionConfig c) {
        return new ForceSettings(c.tareSeconds(), c.forceSmoothingHz(), c.strokeStartN(), c.strokeEndN(),
                c.minStrokeMs(), c.contactAreaMm2(), c.targetLowN(), c.targetHighN(), c.targetDwellMs(),
                c.overpressureN(), c.restBandN(), c.zeroTrackingS());
    }

    static ResponseSettings response(FusionConfig c) {
        return new ResponseSettings(c.frameRateHz(), c.strokeStartN(), c.strokeEndN(), c.minStrokeMs(),
                c.responseBaselineMs(), c.guardingWindowMs(), c.guardingSustainMs(), c.withdrawalMm(),
                c.withdrawalSustainMs(), c.responseTailMs());
    }
}
