package org.myofuse.iastm.driver;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of one force-sensing IASTM tool ({@code iastm-force}); the port is the host's {@code port} property. */
@ObjectClassDefinition(factoryPid = "org.myofuse.device.iastm_force", name = "IASTM force tool",
        description = "Force-sensing IASTM tool: Fx, Fy, Fz in newtons in the tool frame (z normal to the skin) at "
                + "1 kHz, optionally the tool's orientation quaternion, over the binary protocol of "
                + "docs/protocols/iastm-force.md.")
public @interface IastmConfig {

    @AttributeDefinition(name = "Orientation",
            description = "Ask the tool for its orientation quaternion (qw, qx, qy, qz) with every frame; the tool "
                    + "must report an IMU in its identify reply.")
    boolean orientation() default false;

    @AttributeDefinition(name = "Tare on start",
            description = "Zero the force sensor (tool held off the skin) each time streaming starts.")
    boolean tareOnStart() default true;

    @AttributeDefinition(name = "Reply timeout (ms)",
            description = "How long to wait for the tool's reply to identify, tare, start and stop.", min = "200", max = "10000")
    int replyTimeoutMs() default 2000;

    @AttributeDefinition(name = "Baud rate",
            description = "Serial speed (a 33-byte frame at 1 kHz needs at least 330000).", min = "1")
    int baudRate() default 921_600;
}
