package org.myofuse.example.inclinometer;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of one example inclinometer. The host reads the keys and defaults from this interface,
 * refuses unknown keys and unparsable values, then calls {@link InclinometerDriver#validate} for the
 * ranges, and finally hands the driver a typed instance.
 */
@ObjectClassDefinition(factoryPid = "org.myofuse.device.example_inclinometer", name = "Example lumbar inclinometer",
        description = "A two-axis inclinometer strapped over the lumbar spine (example plugin): "
                + "flexion and lateral bend in degrees at 50 Hz, simulating a slow, repeated movement.")
public @interface InclinometerConfig {

    @AttributeDefinition(name = "Seed", description = "Seed of the sensor noise; the same seed gives the same samples.")
    long seed() default 7;

    @AttributeDefinition(name = "Flexion range (deg)",
            description = "How far the patient bends forward at the end of each movement, 0 to 90 degrees.")
    double flexionRangeDeg() default 40.0;

    @AttributeDefinition(name = "Lateral bend range (deg)",
            description = "How far the patient bends sideways either way, 0 to 40 degrees.")
    double lateralBendRangeDeg() default 15.0;

    @AttributeDefinition(name = "Movement period (s)",
            description = "Duration of one forward bend and return, 2 to 120 seconds.")
    double movementPeriodS() default 8.0;

    @AttributeDefinition(name = "Noise (deg RMS)", description = "Sensor noise on both axes, 0 to 5 degrees RMS.")
    double noiseDeg() default 0.1;
}
