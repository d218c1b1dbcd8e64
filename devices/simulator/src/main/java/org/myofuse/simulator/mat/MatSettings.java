package org.myofuse.simulator.mat;

import java.util.Objects;

import org.myofuse.simulator.core.Check;
import org.myofuse.simulator.core.ScenarioSettings;

/** Validated settings of the simulated pressure mat; see {@link SimMatConfig} for their meaning. */
public record MatSettings(ScenarioSettings scenario, long seed, Posture posture, double bodyMassKg, double swayMm,
        double weightShiftIntervalS, double weightShiftMm, double withdrawalThresholdN, double withdrawalMm,
        double noiseKpa) {

    public MatSettings {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(posture, "posture");
        Check.range("bodyMassKg", bodyMassKg, "kg", 20, 250);
        Check.range("swayMm", swayMm, "mm", 0, 30);
        Check.range("weightShiftIntervalS", weightShiftIntervalS, "s", 5, 600);
        Check.range("weightShiftMm", weightShiftMm, "mm", 0, 100);
        Check.range("withdrawalThresholdN", withdrawalThresholdN, "N", 0, 50);
        Check.range("withdrawalMm", withdrawalMm, "mm", 0, 100);
        Check.range("noiseKpa", noiseKpa, "kPa", 0, 5);
    }

    /** The settings of a configuration; throws the first range violation. */
    public static MatSettings of(SimMatConfig c) {
        return new MatSettings(new ScenarioSettings(c.scenarioSeed(), c.strokeRateHz(), c.meanForceN(),
                c.peakForceN()), c.seed(), c.posture(), c.bodyMassKg(), c.swayMm(), c.weightShiftIntervalS(),
                c.weightShiftMm(), c.withdrawalThresholdN(), c.withdrawalMm(), c.noiseKpa());
    }
}
