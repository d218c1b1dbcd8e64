package org.myofuse.protocols.registry;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the protocol registry (PID {@value ProtocolRegistryComponent#PID}); every field has a working default. */
@ObjectClassDefinition(name = "Myofuse protocol registry",
        description = "Protocols from bundles and from the installation's etc/protocols/, with the clinic's overrides from etc/.")
@interface RegistryConfig {

    @AttributeDefinition(description = "The installation's etc/ folder, watched for protocols (etc/protocols/) and "
            + "override files (etc/*.override.yaml); empty: the host's (HostEnvironment.etcDir), else the framework "
            + "property myofuse.etc, else none (bundles' protocols only)")
    String etcDir() default "";

    @AttributeDefinition(description = "Where the last accepted version of each etc/ file is kept; empty: "
            + "protocols/accepted in the data folder (HostEnvironment.home, else the framework property myofuse.home), "
            + "else none")
    String acceptedDir() default "";

    @AttributeDefinition(description = "How often etc/ is looked at, milliseconds (a changed file is read once it has "
            + "stood still for one look)", min = "50", max = "60000")
    int pollMillis() default 500;

    @AttributeDefinition(description = "How long a refused document must stay refused before the one-line report is "
            + "logged, milliseconds: while the host starts, a composed protocol may wait for the bundles of the "
            + "protocols it includes (what is still refused when the host stops is logged then)", min = "0", max = "60000")
    int reportHoldMillis() default 2000;
}
