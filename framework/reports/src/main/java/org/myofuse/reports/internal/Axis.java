package org.myofuse.reports.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One chart axis: a data range, a label with its unit, and tick marks at "nice" values (1, 2 or 5
 * times a power of ten) in display units. Display units may differ from data units by a divisor, so
 * a one-hour session can have its time axis in minutes while the data stays in seconds.
 *
 * @param label   axis title including the unit, e.g. {@code "time (min)"}
 * @param min     lowest data value shown
 * @param max     highest data value shown
 * @param divisor data value / divisor = the value printed at a tick
 * @param minStep the smallest tick step in display units ({@code 1} for counts such as session numbers)
 */
public record Axis(String label, double min, double max, double divisor, double minStep) {

    private static final double MINUTES_FROM_SECONDS = 600;

    public Axis {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            min = 0;
            max = 1;
        } else if (!(max > min)) {
            // A flat series still needs a drawable range; centre it.
            double half = Math.max(Math.abs(min) * 0.1, 1);
            min = min - half;
            max = min + 2 * half;
        }
    }

    public static Axis of(String label, double min, double max) {
        return new Axis(label, min, max, 1, 0);
    }

    /** An axis whose ticks are whole numbers, e.g. session 1, 2, 3. */
    public static Axis counting(String label, double min, double max) {
        return new Axis(label, min, max, 1, 1);
    }

    /** A time axis over seconds: printed in seconds up to ten minutes, in minutes beyond. */
    public static Axis time(double minSeconds, double maxSeconds) {
        if (maxSeconds - minSeconds > MINUTES_FROM_SECONDS) {
            return new Axis("time (min)", minSeconds, maxSeconds, 60, 0);
        }
        return new Axis("time (s)", minSeconds, maxSeconds, 1, 0);
    }

    /** This axis with its ends moved out to the nearest ticks, for a tidy value axis. */
    public Axis nice(int targetTicks) {
        double step = step(targetTicks) * divisor;
        return new Axis(label, Math.floor(min / step) * step, Math.ceil(max / step) * step, divisor, minStep);
    }

    /** Tick positions in data units, about {@code targetTicks} of them. */
    public List<Double> ticks(int targetTicks) {
        double step = step(targetTicks);
        List<Double> ticks = new ArrayList<>();
        double lo = min / divisor;
        double hi = max / divisor;
        long first = (long) Math.ceil(lo / step - 1e-9);
        for (long k = first; k * step <= hi + step * 1e-9; k++) {
            ticks.add(k * step * divisor);
        }
        return ticks;
    }

    /** The text printed at a tick, with just enough decimals for the tick step. */
    public String tickLabel(double dataValue, int targetTicks) {
        double step = step(targetTicks);
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return Num.fixed(dataValue / divisor, decimals);
    }

    private double step(int targetTicks) {
        double raw = (max - min) / divisor / Math.max(1, targetTicks);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return Math.max(nice * magnitude, minStep);
    }
}
