package org.myofuse.protocols.run;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The protocol engine's configuration (PID {@code org.myofuse.protocols.engine}, optional). */
@ObjectClassDefinition(name = "Myofuse protocol engine", description = "Runs protocols on the live fused frames")
public @interface EngineConfig {

    @AttributeDefinition(name = "Inbox slots", min = "64", max = "65536",
            description = "Fused frames and events the engine thread may be behind by before frames are dropped "
                    + "(a power of two; 1024 = about 10 s of frames at 100 Hz)")
    int inboxSlots() default 1024;
}
