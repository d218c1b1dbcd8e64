package org.myofuse.simulator.iastm;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of one simulated force-sensing IASTM tool ({@code sim-iastm}). */
@ObjectClassDefinition(factoryPid = "org.myofuse.device.sim_iastm", name = "Simulated IASTM tool",
        description = "A force-sensing IASTM tool that performs modelled strokes along the lumbar and "
                + "thoracolumbar paraspinals: Fx, Fy shear and Fz normal force in N at 1000 Hz.")
public @interface SimIastmConfig {

    @AttributeDefinition(name = "Sensor seed",
            description = "Seed of the sensor noise, per-stroke friction variation and serial number.")
    long seed() default 1;

    @AttributeDefinition(name = "Scenario seed",
            description = "Seed of the shared treatment model; give sim-iastm, sim-emg and sim-mat the same "
                    + "value (and the same stroke settings) so that they model the same strokes.")
    long scenarioSeed() default 42;

    @AttributeDefinition(name = "Stroke rate (Hz)", description = "Strokes per second.", min = "0.25", max = "1")
    double strokeRateHz() default 0.5;

    @AttributeDefinition(name = "Mean stroke force (N)",
            description = "Mean normal force over a stroke from contact to lift-off, 40-80 % of the peak.",
            min = "0.1", max = "40")
    double meanForceN() default 6.0;

    @AttributeDefinition(name = "Peak stroke force (N)",
            description = "Typical peak normal force of a stroke; strokes vary by +-8 %.", min = "1", max = "40")
    double peakForceN() default 9.0;

    @AttributeDefinition(name = "Friction ratio",
            description = "Shear force along the stroke as a fraction of the normal force.", min = "0", max = "1")
    double frictionRatio() default 0.3;

    @AttributeDefinition(name = "Tare drift (N/min)",
            description = "Drift of the normal-force zero; shear drifts a third as fast.", min = "-5", max = "5")
    double tareDriftNPerMin() default 0.05;

    @AttributeDefinition(name = "Noise (N RMS)", description = "Gaussian sensor noise on every channel.", min = "0", max = "1")
    double noiseN() default 0.02;

    @AttributeDefinition(name = "Scripted",
            description = "Follow protocol runs as the scripted therapist instead of playing the fixed scenario: "
                    + "the tool held off the skin for calibrations and assessments, strokes aimed at a release "
                    + "step's force band that ease after pressure cues. Between runs the tool is off the skin. "
                    + "The scenario seed seeds the script.")
    boolean scripted() default false;
}
