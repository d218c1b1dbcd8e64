package org.myofuse.example.inclinometer;

/**
 * The validated settings. Converting the annotation instance into a record once, in one place,
 * keeps every range check next to the value it guards and gives the rest of the driver plain data.
 */
public record InclinometerSettings(long seed, double flexionRangeDeg, double lateralBendRangeDeg,
        double movementPeriodS, double noiseDeg) {

    public InclinometerSettings {
        check("flexionRangeDeg", flexionRangeDeg, "deg", 0, 90);
        check("lateralBendRangeDeg", lateralBendRangeDeg, "deg", 0, 40);
        check("movementPeriodS", movementPeriodS, "s", 2, 120);
        check("noiseDeg", noiseDeg, "deg", 0, 5);
    }

    /** Reads and checks a configuration. */
    public static InclinometerSettings of(InclinometerConfig c) {
        return new InclinometerSettings(c.seed(), c.flexionRangeDeg(), c.lateralBendRangeDeg(), c.movementPeriodS(),
                c.noiseDeg());
    }

    /** One line naming the setting, its value and what is allowed, as the host asks. */
    private static void check(String name, double value, String unit, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " " + number(value) + " " + unit + ": must be between "
                    + number(min) + " and " + number(max) + " " + unit);
        }
    }

    /** 40 rather than 40.0. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? Long.toString((long) value) : Double.toString(value);
    }
}
