package org.myofuse.store.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration {@code org.myofuse.store} (e.g. {@code etc/org.myofuse.store.cfg}). */
@ObjectClassDefinition(id = StoreDatabase.PID, name = "Myofuse session store",
        description = "Where sessions, patients and recordings are stored.")
public @interface StoreConfig {

    @AttributeDefinition(name = "JDBC URL", description = "Empty: the file database <data folder>/db/myofuse. "
            + "A shared clinic database: jdbc:h2:tcp://server/myofuse (H2 server mode).")
    String jdbcUrl() default "";

    @AttributeDefinition(name = "User", description = "Database user; empty for H2's default.")
    String user() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, description = "Database password.")
    String password() default "";
}
