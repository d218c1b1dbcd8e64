package org.myofuse.fusion.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BiquadTest {

    private static final double FS = 2000;

    /** Steady-state gain for a sine of whole-hertz frequency: RMS over the last second of three, times root two. */
    static double measuredGain(BiquadCoefficients c, double hz) {
        BiquadBank bank = new BiquadBank(c, 1);
        double sum = 0;
        for (int n = 0; n < 3 * FS; n++) {
            double y = bank.step(0, Math.sin(2 * Math.PI * hz * n / FS));
            if (n >= 2 * FS) {
                sum += y * y;
            }
        }
        return Math.sqrt(2 * sum / FS);
    }

    @Test
    void shouldGiveMinus3dBAtTheCornerOfASecondOrderButterworthLowPass() {
        var c = BiquadCoefficients.lowPass(100, FS, BiquadCoefficients.butterworthQ(2, 0));
        assertEquals(Math.sqrt(0.5), c.gainAt(100, FS), 1e-9);
        assertEquals(Math.sqrt(0.5), measuredGain(c, 100), 0.01);
        assertEquals(1, measuredGain(c, 5), 0.01);
    }

    @Test
    void shouldPassHighAndBlockLowFrequenciesInTheHighPass() {
        var c = BiquadCoefficients.highPass(20, FS, BiquadCoefficients.butterworthQ(2, 0));
        assertEquals(Math.sqrt(0.5), c.gainAt(20, FS), 1e-9);
        assertTrue(measuredGain(c, 2) < 0.02);
        assertEquals(1, measuredGain(c, 200), 0.01);
    }

    @Test
    void shouldRemoveTheMainsFrequencyAndKeepItsNeighbourhoodWithANotch() {
        var c = BiquadCoefficients.notch(50, 2, FS);
        assertTrue(measuredGain(c, 50) < 0.01, "50 Hz left: " + measuredGain(c, 50));
        assertEquals(1, measuredGain(c, 60), 0.03);
        assertEquals(Math.sqrt(0.5), c.gainAt(51, FS), 0.05);
    }

    @Test
    void shouldProduceAFourthOrderButterworthFromTwoSections() {
        double q0 = BiquadCoefficients.butterworthQ(4, 0);
        double q1 = BiquadCoefficients.butterworthQ(4, 1);
        assertEquals(0.5412, q0, 1e-4);
        assertEquals(1.3066, q1, 1e-4);
        double corner = BiquadCoefficients.lowPass(450, FS, q0).gainAt(450, FS)
                * BiquadCoefficients.lowPass(450, FS, q1).gainAt(450, FS);
        assertEquals(Math.sqrt(0.5), corner, 1e-9);
    }

    @Test
    void shouldFilterEveryChannelOfAFrameAsIfAlone() {
        var c = BiquadCoefficients.lowPass(100, FS, 0.7071);
        BiquadBank bank = new BiquadBank(c, 3);
        BiquadBank alone = new BiquadBank(c, 1);
        double[] frame = new double[3];
        for (int n = 0; n < 500; n++) {
            double x = Math.sin(n * 0.3) + (n % 7);
            frame[0] = 0;
            frame[1] = x;
            frame[2] = -x;
            bank.stepFrame(frame);
            double expected = alone.step(0, x);
            assertEquals(expected, frame[1], 1e-12);
            assertEquals(-expected, frame[2], 1e-12);
            assertEquals(0, frame[0]);
        }
    }

    @Test
    void shouldRejectAFrequencyAtOrAboveNyquist() {
        var e = assertThrows(IllegalArgumentException.class, () -> BiquadCoefficients.lowPass(1000, FS, 0.7));
        assertTrue(e.getMessage().contains("Nyquist"), e.getMessage());
    }
}
