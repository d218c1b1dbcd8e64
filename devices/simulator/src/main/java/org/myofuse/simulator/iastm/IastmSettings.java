package org.myofuse.simulator.iastm;

import org.myofuse.lib.simulation.Check;
import org.myofuse.lib.simulation.ScenarioSettings;

/**
 * Validated settings of the simulated IASTM tool.
 *
 * @param scenario         the shared treatment model
 * @param seed             sensor seed: noise, per-stroke friction and angle, serial number
 * @param frictionRatio    shear to normal force along the stroke, 0 to 1
 * @param tareDriftNPerMin drift of the normal-force zero, N per minute, -5 to 5 (shear drifts a third as fast)
 * @param noiseN           Gaussian sensor noise on every channel, N RMS, 0 to 1
 */
public record IastmSettings(ScenarioSettings scenario, long seed, double frictionRatio, double tareDriftNPerMin,
        double noiseN) {

    public IastmSettings {
        Check.range("frictionRatio", frictionRatio, "", 0, 1);
        Check.range("tareDriftNPerMin", tareDriftNPerMin, "N/min", -5, 5);
        Check.range("noiseN", noiseN, "N", 0, 1);
    }

    /** The settings of a configuration; throws the first range violation. */
    public static IastmSettings of(SimIastmConfig c) {
        return new IastmSettings(new ScenarioSettings(c.scenarioSeed(), c.strokeRateHz(), c.meanForceN(),
                c.peakForceN()), c.seed(), c.frictionRatio(), c.tareDriftNPerMin(), c.noiseN());
    }
}
