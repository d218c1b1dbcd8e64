package org.myofuse.simulator.mat;

import java.util.Objects;

import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.lib.simulation.mat.PatientSettings;

/**
 * Validated settings of the simulated pressure mat; see {@link SimMatConfig} for their meaning. The
 * ranges are the patient model's ({@link PatientSettings}): a value out of range is refused here, in
 * one line naming it.
 */
public record MatSettings(ScenarioSettings scenario, long seed, Posture posture, double bodyMassKg, double swayMm,
        double weightShiftIntervalS, double weightShiftMm, double withdrawalThresholdN, double withdrawalMm,
        double noiseKpa) {

    public MatSettings {
        Objects.requireNonNull(posture, "posture");
        // built only to check the ranges, which are the model's
        new PatientSettings(scenario, seed, posture.body(), bodyMassKg, swayMm, weightShiftIntervalS, weightShiftMm,
                withdrawalThresholdN, withdrawalMm, noiseKpa);
    }

    /** The settings of a configuration; throws the first range violation. */
    public static MatSettings of(SimMatConfig c) {
        return new MatSettings(new ScenarioSettings(c.scenarioSeed(), c.strokeRateHz(), c.meanForceN(),
                c.peakForceN()), c.seed(), c.posture(), c.bodyMassKg(), c.swayMm(), c.weightShiftIntervalS(),
                c.weightShiftMm(), c.withdrawalThresholdN(), c.withdrawalMm(), c.noiseKpa());
    }

    /** The patient these settings describe. */
    public PatientSettings patient() {
        return new PatientSettings(scenario, seed, posture.body(), bodyMassKg, swayMm, weightShiftIntervalS,
                weightShiftMm, withdrawalThresholdN, withdrawalMm, noiseKpa);
    }
}
