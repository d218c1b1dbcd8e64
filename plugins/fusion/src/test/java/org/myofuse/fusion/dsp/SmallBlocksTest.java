package org.myofuse.fusion.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SmallBlocksTest {

    @Test
    void shouldComputeTheAsymmetryIndexFromMinus100To100() {
        assertEquals(0, AsymmetryIndex.of(10, 10));
        assertEquals(100, AsymmetryIndex.of(0, 5));
        assertEquals(-100, AsymmetryIndex.of(5, 0));
        assertEquals(100.0 * (30 - 10) / 40, AsymmetryIndex.of(10, 30), 1e-12);
        assertTrue(Double.isNaN(AsymmetryIndex.of(0, 0)));
    }

    @Test
    void shouldPairLeftAndRightChannelsByName() {
        var pairs = AsymmetryIndex.pairs(List.of("L_multifidus", "R_multifidus", "L_glute_max", "R_glute_max",
                "left_obliques", "Right_obliques", "L_lonely"));
        assertEquals(List.of(new AsymmetryIndex.Pair("multifidus", 0, 1), new AsymmetryIndex.Pair("glute_max", 2, 3),
                new AsymmetryIndex.Pair("obliques", 4, 5)), pairs);
    }

    @Test
    void shouldNormaliseToPercentMvcOnlyWhenCalibrated() {
        MvcNormaliser calibrated = new MvcNormaliser(200);
        assertEquals(25, calibrated.normalise(50), 1e-12);
        assertEquals("%MVC", calibrated.unit());
        MvcNormaliser none = new MvcNormaliser(0);
        assertFalse(none.calibrated());
        assertEquals(50, none.normalise(50));
        assertEquals("uV", none.unit());
        assertThrows(IllegalArgumentException.class, () -> new MvcNormaliser(Double.NaN));
    }

    @Test
    void shouldRectifyToTheMagnitude() {
        double[] v = {-2, 0, 3};
        FullWaveRectifier.rectify(v, 3);
        assertEquals(List.of(2.0, 0.0, 3.0), List.of(v[0], v[1], v[2]));
    }

    @Test
    void shouldGiveTheTeagerKaiserEnergyOfASineAsAmplitudeTimesFrequencySquared() {
        TeagerKaiser tk = new TeagerKaiser();
        double w = 0.2;
        double last = 0;
        for (int n = 0; n < 100; n++) {
            last = tk.step(3 * Math.sin(w * n));
        }
        // psi of A sin(w n) is exactly A^2 sin^2(w)
        assertEquals(9 * Math.sin(w) * Math.sin(w), last, 1e-9);
    }

    @Test
    void shouldEnvelopeAChannelOfTheChainAtItsRmsAndIgnoreMains() {
        var plan = EmgFilterPlan.of(2000, 20, 450, 4, 50, 3, 2);
        EmgChain chain = new EmgChain(plan, 100, 2);
        assertEquals(200, chain.rmsWindowSamples());
        int frames = 6000;
        float[] in = new float[frames * 2];
        for (int f = 0; f < frames; f++) {
            in[2 * f] = (float) (20 * Math.sin(2 * Math.PI * 120 * f / 2000.0) + 50 * Math.sin(2 * Math.PI * 50 * f / 2000.0));
            in[2 * f + 1] = (float) (80 * Math.sin(2 * Math.PI * 50 * f / 2000.0) + 30);
        }
        double[] env = new double[frames * 2];
        chain.process(in, frames, null, env);
        assertEquals(20 / Math.sqrt(2), env[2 * (frames - 1)], 0.3, "120 Hz kept, 50 Hz removed");
        assertTrue(env[2 * (frames - 1) + 1] < 0.5, "hum and offset removed: " + env[2 * (frames - 1) + 1]);
    }
}
