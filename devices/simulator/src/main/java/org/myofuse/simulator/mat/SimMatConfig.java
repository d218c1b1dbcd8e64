package org.myofuse.simulator.mat;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Settings of one simulated 32 x 32 pressure mat ({@code sim-mat}). */
@ObjectClassDefinition(factoryPid = "org.myofuse.device.sim_mat", name = "Simulated pressure mat",
        description = "A 32 x 32 cell pressure mat at 100 Hz in kPa under a standing or supine patient: "
                + "postural sway, weight shifts and withdrawal from strong modelled IASTM strokes.")
public @interface SimMatConfig {

    @AttributeDefinition(name = "Sensor seed", description = "Seed of the cell noise, sway, weight shifts and serial number.")
    long seed() default 1;

    @AttributeDefinition(name = "Scenario seed",
            description = "Seed of the shared treatment model; give sim-iastm, sim-emg and sim-mat the same "
                    + "value (and the same stroke settings) so that they model the same strokes.")
    long scenarioSeed() default 42;

    @AttributeDefinition(name = "Stroke rate (Hz)",
            description = "Strokes per second of the shared treatment model (as on sim-iastm).", min = "0.25", max = "1")
    double strokeRateHz() default 0.5;

    @AttributeDefinition(name = "Mean stroke force (N)",
            description = "Mean normal force of the modelled strokes, 40-80 % of the peak (as on sim-iastm).",
            min = "0.1", max = "40")
    double meanForceN() default 6.0;

    @AttributeDefinition(name = "Peak stroke force (N)",
            description = "Typical peak normal force of the modelled strokes (as on sim-iastm).", min = "1", max = "40")
    double peakForceN() default 9.0;

    @AttributeDefinition(name = "Posture",
            description = "STANDING on a 480 mm platform (15 mm cells) or SUPINE on a 1920 x 800 mm table mat "
                    + "(60 x 25 mm cells).",
            options = {@Option(label = "Standing", value = "STANDING"), @Option(label = "Supine", value = "SUPINE")})
    Posture posture() default Posture.STANDING;

    @AttributeDefinition(name = "Body mass (kg)", description = "Patient's body mass; the mat carries all of it.",
            min = "20", max = "250")
    double bodyMassKg() default 70.0;

    @AttributeDefinition(name = "Sway (mm)",
            description = "Largest excursion of the centre of pressure from postural sway.", min = "0", max = "30")
    double swayMm() default 4.0;

    @AttributeDefinition(name = "Weight shift interval (s)", description = "Time between weight shifts.",
            min = "5", max = "600")
    double weightShiftIntervalS() default 30.0;

    @AttributeDefinition(name = "Weight shift (mm)",
            description = "Distance of each weight-shifted centre of pressure from the neutral one.", min = "0", max = "100")
    double weightShiftMm() default 15.0;

    @AttributeDefinition(name = "Withdrawal threshold (N)",
            description = "Stroke normal force above which a supine patient shifts away from the tool.",
            min = "0", max = "50")
    double withdrawalThresholdN() default 8.0;

    @AttributeDefinition(name = "Withdrawal (mm)",
            description = "Sideways centre-of-pressure shift of a full withdrawal (reached 2 N above the threshold).",
            min = "0", max = "100")
    double withdrawalMm() default 20.0;

    @AttributeDefinition(name = "Cell noise (kPa RMS)", description = "Gaussian noise on loaded cells.", min = "0", max = "5")
    double noiseKpa() default 0.2;

    @AttributeDefinition(name = "Scripted",
            description = "Follow protocol runs as the scripted patient instead of playing the fixed scenario: "
                    + "quiet stance for assessments, a drill's repetitions moving the centre of pressure, "
                    + "withdrawal from scripted strokes. Between runs the patient rests. The scenario seed "
                    + "seeds the script.")
    boolean scripted() default false;
}
