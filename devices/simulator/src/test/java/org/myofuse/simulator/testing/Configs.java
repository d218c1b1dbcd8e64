package org.myofuse.simulator.testing;

import java.util.Map;

import org.myofuse.runtime.device.TypedConfiguration;

/**
 * Typed configurations for tests, made by the runtime's own conversion (the one the device manager
 * uses): every attribute takes its declared default unless overridden, and an unknown key fails.
 */
public final class Configs {

    private Configs() {
    }

    /** The configuration with every attribute at its default. */
    public static <A> A defaults(Class<A> type) {
        return with(type, Map.of());
    }

    /** The configuration with the given attributes overridden (numbers, enums or strings). */
    public static <A> A with(Class<A> type, Map<String, ?> overrides) {
        return TypedConfiguration.create(type, type.getSimpleName(), overrides);
    }
}
