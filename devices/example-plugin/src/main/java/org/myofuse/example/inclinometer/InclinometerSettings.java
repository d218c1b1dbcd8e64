package org.myofuse.example.inclinometer;

/**
 * The settings as plain data, read from the typed configuration once, in one place, so the rest of the
 * driver works with a record. Their ranges are {@link InclinometerConfig}'s declaration, which the host
 * enforced before the driver saw the configuration.
 */
public record InclinometerSettings(long seed, double flexionRangeDeg, double lateralBendRangeDeg,
        double movementPeriodS, double noiseDeg) {

    /** Reads a configuration. */
    public static InclinometerSettings of(InclinometerConfig c) {
        return new InclinometerSettings(c.seed(), c.flexionRangeDeg(), c.lateralBendRangeDeg(), c.movementPeriodS(),
                c.noiseDeg());
    }
}
