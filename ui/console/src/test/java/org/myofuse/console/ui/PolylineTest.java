package org.myofuse.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class PolylineTest {

    @Test
    void aStraightRampOfWholePixelsBecomesOneSegment() {
        Polyline line = new Polyline(1024);
        for (int x = 0; x < 400; x++) {
            line.add(x, 100 - (x + 2) / 4); // the ramp y = 99.5 - x / 4 as whole pixels: within 0.5 of it
        }
        line.simplify(1);
        assertEquals(2, line.size());
        assertEquals(0, line.x(0));
        assertEquals(399, line.x(1));
        assertEquals(0, line.y(1));
    }

    @Test
    void aPeakKeepsItsTopAndAColumnItsVerticalMoves() {
        Polyline line = new Polyline(1024);
        for (int x = 0; x < 100; x++) {
            line.add(x, 80);
        }
        line.add(100, 80);
        line.add(100, 20); // a step within one pixel column
        line.add(101, 10);
        for (int x = 102; x < 200; x++) {
            line.add(x, 80);
        }
        line.simplify(1);
        boolean top = false;
        boolean step = false;
        for (int i = 0; i < line.size(); i++) {
            top |= line.x(i) == 101 && line.y(i) == 10;
            step |= line.x(i) == 100 && line.y(i) == 20;
        }
        assertTrue(top && step, "the peak and the step are kept");
        assertEquals(0, line.x(0));
        assertEquals(199, line.x(line.size() - 1));
    }

    @Test
    void everyPointDroppedLiesWithinTheToleranceOfTheLineDrawn() {
        Random random = new Random(7);
        int[] ys = new int[500];
        Polyline line = new Polyline(1024);
        for (int x = 0; x < ys.length; x++) {
            ys[x] = (int) Math.round(60 + 20 * Math.sin(x / 40.0) + random.nextGaussian() * 0.7);
            line.add(x, ys[x]);
        }
        line.simplify(1);
        assertTrue(line.size() < ys.length / 2, "fewer points: " + line.size());
        for (int i = 0; i + 1 < line.size(); i++) {
            int x0 = line.x(i);
            int x1 = line.x(i + 1);
            for (int x = x0; x <= x1; x++) {
                double onLine = line.y(i) + (line.y(i + 1) - line.y(i)) * (double) (x - x0) / (x1 - x0);
                assertTrue(Math.abs(onLine - ys[x]) <= 1 + 1e-9, "x " + x + ": " + ys[x] + " vs " + onLine);
            }
        }
    }
}
