package org.myofuse.runtime.standalone;

import java.util.Map;

import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.runtime.config.ConfigurationSchema;
import org.myofuse.runtime.config.Metatypes;
import org.myofuse.runtime.config.TypedConfigurations;
import org.myofuse.runtime.stream.MonotonicSessionClock;

/**
 * The runtime's {@link StandaloneRuntime}, named in {@code META-INF/services} for
 * {@link java.util.ServiceLoader}. Inside OSGi nothing loads it: the runtime bundle's components serve.
 */
public final class StandaloneRuntimeProvider implements StandaloneRuntime {

    /** Each configuration interface's metatype is read once per class loader that defines it. */
    private static final ClassValue<ConfigurationSchema> SCHEMAS = new ClassValue<>() {
        @Override
        protected ConfigurationSchema computeValue(Class<?> type) {
            return Metatypes.of(type);
        }
    };

    @Override
    public StandaloneHost startHost() {
        return new RunningHost();
    }

    @Override
    public SessionClock newClock() {
        return new MonotonicSessionClock();
    }

    @Override
    public <C> C configuration(Class<C> type, Map<String, ?> settings) {
        ConfigurationSchema schema = SCHEMAS.get(type);
        return TypedConfigurations.create(schema, type, schema.typeId(), settings);
    }
}
