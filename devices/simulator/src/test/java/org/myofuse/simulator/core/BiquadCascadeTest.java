package org.myofuse.simulator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.myofuse.lib.simulation.SplitMix64;

class BiquadCascadeTest {

    private static final double RATE = 2000;

    /** Steady-state amplitude gain of the filter for a sine, measured by filtering it. */
    private static double gainAt(double hz) {
        var filter = BiquadCascade.butterworthBandPass(20, 450, 4, RATE, 1);
        int settle = 4000;
        int measure = 4000;
        double peak = 0;
        for (int n = 0; n < settle + measure; n++) {
            double y = filter.filter(0, Math.sin(2 * Math.PI * hz * n / RATE));
            if (n >= settle) {
                peak = Math.max(peak, Math.abs(y));
            }
        }
        return peak;
    }

    @Test
    void passesTheBandAndHalvesThePowerAtTheCorners() {
        assertEquals(1, gainAt(100), 0.02);
        assertEquals(Math.sqrt(0.5), gainAt(20), 0.03);
        assertEquals(Math.sqrt(0.5), gainAt(450), 0.03);
    }

    @Test
    void attenuatesOutsideTheBandAtTwentyFourDecibelsPerOctave() {
        assertTrue(gainAt(5) < 0.01, "5 Hz gain " + gainAt(5));
        assertTrue(gainAt(900) < 0.02, "900 Hz gain " + gainAt(900));
    }

    @Test
    void filtersChannelsIndependently() {
        var filter = BiquadCascade.butterworthBandPass(20, 450, 4, RATE, 2);
        filter.filter(0, 1);
        assertEquals(0, filter.filter(1, 0));
    }

    @Test
    void whiteNoisePowerGainIsTheEnergyOfTheImpulseResponse() {
        var filter = BiquadCascade.butterworthBandPass(20, 450, 4, RATE, 1);
        double gain = filter.whiteNoisePowerGain(20_000);
        // a brick-wall band of 430 Hz out of 1000 Hz would pass 0.43 of white power
        assertEquals(0.43, gain, 0.03);
        double sum = 0;
        long key = SplitMix64.key(5, 5);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double y = filter.filter(0, SplitMix64.gaussian(key, i));
            sum += y * y;
        }
        assertEquals(gain, sum / n, gain * 0.03);
    }

    @Test
    void refusesCornersOutsideNyquist() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> BiquadCascade.butterworthBandPass(20, 1200, 4, RATE, 1));
        assertEquals("band-pass 20.0-1200.0 Hz must lie inside 0-1000.0 Hz", e.getMessage());
    }
}
