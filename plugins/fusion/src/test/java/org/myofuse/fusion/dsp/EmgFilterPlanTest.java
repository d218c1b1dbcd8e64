package org.myofuse.fusion.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EmgFilterPlanTest {

    @Test
    void shouldKeepTheFullBandAndThreeNotchesAt2kHz() {
        var plan = EmgFilterPlan.of(2000, 20, 450, 4, 50, 3, 2);
        assertFalse(plan.highClipped());
        assertEquals(450, plan.highHz());
        assertEquals(List.of(50.0, 100.0, 150.0), plan.notchHz());
        assertEquals(2 + 2 + 3, plan.sections().size());
        assertTrue(plan.describe().startsWith("band-pass 20.0-450.0 Hz"), plan.describe());
    }

    @Test
    void shouldClipTheUpperCornerBelowNyquistAt250HzAndSaySo() {
        var plan = EmgFilterPlan.of(250, 20, 450, 4, 60, 3, 2);
        assertTrue(plan.highClipped());
        assertEquals(0.9 * 125, plan.highHz(), 1e-9);
        assertEquals(List.of(60.0), plan.notchHz(), "120 Hz is too close to Nyquist 125 Hz");
        assertTrue(plan.describe().contains("clipped from 450.0 Hz"), plan.describe());
    }

    @Test
    void shouldPassTheEmgBandAndRejectMainsAndMotionArtefactThroughTheWholeChain() {
        var plan = EmgFilterPlan.of(2000, 20, 450, 4, 50, 3, 2);
        assertEquals(1, chainGain(plan, 120), 0.02);
        assertTrue(chainGain(plan, 50) < 0.01);
        assertTrue(chainGain(plan, 150) < 0.01);
        assertTrue(chainGain(plan, 3) < 0.001, "motion artefact band");
        assertTrue(chainGain(plan, 900) < 0.02);
    }

    private static double chainGain(EmgFilterPlan plan, double hz) {
        double g = 1;
        for (BiquadCoefficients c : plan.sections()) {
            g *= c.gainAt(hz, plan.sampleRateHz());
        }
        return g;
    }
}
