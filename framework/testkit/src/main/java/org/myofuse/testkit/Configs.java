package org.myofuse.testkit;

import java.util.Map;

import org.myofuse.api.runtime.StandaloneRuntime;

/**
 * Typed driver configurations for tests, made and checked as the host makes them
 * ({@link StandaloneRuntime#configuration}): every setting at the default its metatype declares unless
 * overridden; an unknown key, an unparsable value or one outside the declared range or options fails
 * with the host's one-line message ({@link IllegalArgumentException}).
 */
public final class Configs {

    private Configs() {
    }

    /** The configuration with every setting at its declared default. */
    public static <A> A defaults(Class<A> type) {
        return with(type, Map.of());
    }

    /** The configuration with the given settings overridden (numbers, booleans, enums or strings). */
    public static <A> A with(Class<A> type, Map<String, ?> overrides) {
        return Runtime.INSTANCE.configuration(type, overrides);
    }

    /** Found once, on first use. */
    private static final class Runtime {
        static final StandaloneRuntime INSTANCE = StandaloneRuntime.load();
    }
}
