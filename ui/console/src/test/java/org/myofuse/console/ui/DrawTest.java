package org.myofuse.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DrawTest {

    @Test
    void numbersReadAsTheFormatterWritesThem() {
        Random random = new Random(11);
        double[] fixed = { 0, -0.0, 0.04, -0.04, 0.96, 9.99, 12.5, -3.25, 100, 1999.994, 123456.7 };
        for (int decimals = 0; decimals <= 2; decimals++) {
            for (double v : fixed) {
                assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), Draw.number(v, decimals), v + " " + decimals);
            }
            for (int i = 0; i < 10_000; i++) {
                double v = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(6));
                // a value exactly halfway between two places may round either way in binary: skip those
                double scaled = Math.abs(v) * Math.pow(10, decimals);
                if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) {
                    continue;
                }
                assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), Draw.number(v, decimals), v + " " + decimals);
            }
        }
        assertEquals("\u2013", Draw.number(Double.NaN, 1));
    }
}
