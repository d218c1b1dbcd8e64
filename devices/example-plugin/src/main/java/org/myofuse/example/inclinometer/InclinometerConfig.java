package org.myofuse.example.inclinometer;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of one example inclinometer, each declared once here: key, type, default and range. bnd
 * turns the annotations into the bundle's metatype; from it the host refuses unknown keys, unparsable
 * values and values out of range in one line, lists the settings ({@code myofuse devices --settings
 * example-inclinometer}), and hands the driver a typed instance. The driver checks none of it again.
 */
@ObjectClassDefinition(factoryPid = "org.myofuse.device.example_inclinometer", name = "Example lumbar inclinometer",
        description = "A two-axis inclinometer strapped over the lumbar spine (example plugin): "
                + "flexion and lateral bend in degrees at 50 Hz, simulating a slow, repeated movement.")
public @interface InclinometerConfig {

    @AttributeDefinition(name = "Seed", description = "Seed of the sensor noise; the same seed gives the same samples.")
    long seed() default 7;

    @AttributeDefinition(name = "Flexion range (deg)",
            description = "How far the patient bends forward at the end of each movement.", min = "0", max = "90")
    double flexionRangeDeg() default 40.0;

    @AttributeDefinition(name = "Lateral bend range (deg)",
            description = "How far the patient bends sideways either way.", min = "0", max = "40")
    double lateralBendRangeDeg() default 15.0;

    @AttributeDefinition(name = "Movement period (s)",
            description = "Duration of one forward bend and return.", min = "2", max = "120")
    double movementPeriodS() default 8.0;

    @AttributeDefinition(name = "Noise (deg RMS)", description = "Sensor noise on both axes.", min = "0", max = "5")
    double noiseDeg() default 0.1;
}
