package org.myofuse.lib.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void counterAccessGivesTheSequentialStream() {
        var sequential = new SplitMix64(123);
        for (int i = 0; i < 100; i++) {
            assertEquals(sequential.nextLong(), SplitMix64.at(123, i));
        }
    }

    @Test
    void matchesTheReferenceOutputOfSplitMix64() {
        // first output of SplitMix64 seeded with 0, as published with the algorithm
        assertEquals(0xE220A8397B1DCDAFL, new SplitMix64(0).nextLong());
    }

    @Test
    void streamsOfOneSeedDiffer() {
        long a = SplitMix64.key(7, 1);
        long b = SplitMix64.key(7, 2);
        assertNotEquals(a, b);
        int equal = 0;
        for (int i = 0; i < 1000; i++) {
            if (SplitMix64.at(a, i) == SplitMix64.at(b, i)) {
                equal++;
            }
        }
        assertEquals(0, equal);
    }

    @Test
    void uniformValuesCoverTheUnitInterval() {
        long key = SplitMix64.key(1, 1);
        double min = 1;
        double max = 0;
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            double u = SplitMix64.uniform(key, i);
            min = Math.min(min, u);
            max = Math.max(max, u);
            sum += u;
        }
        assertTrue(min >= 0 && min < 0.001, "min " + min);
        assertTrue(max < 1 && max > 0.999, "max " + max);
        assertEquals(0.5, sum / n, 0.005);
    }

    @Test
    void gaussianValuesHaveUnitVarianceAndNormalTails() {
        long key = SplitMix64.key(99, 3);
        int n = 200_000;
        double sum = 0;
        double squares = 0;
        int beyondTwoSigma = 0;
        for (int i = 0; i < n; i++) {
            double g = SplitMix64.gaussian(key, i);
            assertTrue(Double.isFinite(g));
            sum += g;
            squares += g * g;
            if (Math.abs(g) > 2) {
                beyondTwoSigma++;
            }
        }
        assertEquals(0, sum / n, 0.01);
        assertEquals(1, squares / n, 0.02);
        // 4.55 % of a normal distribution lies beyond two sigma
        assertEquals(0.0455, beyondTwoSigma / (double) n, 0.003);
    }
}
