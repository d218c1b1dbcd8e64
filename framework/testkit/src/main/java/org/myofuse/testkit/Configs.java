package org.myofuse.testkit;

import java.util.Map;

import org.myofuse.runtime.device.TypedConfiguration;

/** Typed configurations made by the runtime's own conversion, defaults unless overridden. */
public final class Configs {

    private Configs() {
    }

    public static <A> A with(Class<A> type, Map<String, ?> overrides) {
        return TypedConfiguration.create(type, type.getSimpleName(), overrides);
    }
}
