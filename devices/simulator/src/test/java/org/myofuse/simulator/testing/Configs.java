package org.myofuse.simulator.testing;

import java.util.Map;

/**
 * Typed configurations for tests, made and checked as the device manager makes them (the conformance
 * kit's {@link org.myofuse.testkit.Configs}): every attribute takes its declared default unless
 * overridden; an unknown key or a value outside the declared range or options fails.
 */
public final class Configs {

    private Configs() {
    }

    /** The configuration with every attribute at its default. */
    public static <A> A defaults(Class<A> type) {
        return org.myofuse.testkit.Configs.defaults(type);
    }

    /** The configuration with the given attributes overridden (numbers, enums or strings). */
    public static <A> A with(Class<A> type, Map<String, ?> overrides) {
        return org.myofuse.testkit.Configs.with(type, overrides);
    }
}
