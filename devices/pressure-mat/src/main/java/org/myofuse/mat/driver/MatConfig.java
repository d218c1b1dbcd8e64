package org.myofuse.mat.driver;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of one pressure mat ({@code pressure-mat}); the port is the host's {@code port} property. */
@ObjectClassDefinition(factoryPid = "org.myofuse.device.pressure_mat", name = "Pressure mat",
        description = "Pressure matrix up to 64 x 64 cells speaking the Myofuse mat protocol "
                + "(docs/protocols/pressure-mat.md); cells in kPa, geometry and calibration from the mat.")
public @interface MatConfig {

    @AttributeDefinition(name = "Expected rows",
            description = "Refuse a mat with another number of rows; 0 accepts what the mat reports.", min = "0", max = "64")
    int expectedRows() default 0;

    @AttributeDefinition(name = "Expected columns",
            description = "Refuse a mat with another number of columns; 0 accepts what the mat reports.", min = "0", max = "64")
    int expectedColumns() default 0;

    @AttributeDefinition(name = "Placement",
            description = "Where the mat lies, e.g. 'standing, force plate position' or 'plinth, prone'; "
                    + "becomes each cell's site.")
    String placement() default "";

    @AttributeDefinition(name = "Reply timeout (ms)",
            description = "How long to wait for the mat's answer to identify and start.", min = "200", max = "10000")
    int replyTimeoutMs() default 2000;

    @AttributeDefinition(name = "Baud rate",
            description = "Serial speed; 3000000 carries 32 x 32 at 100 Hz (USB CDC mats ignore it).", min = "1")
    int baudRate() default 3_000_000;
}
