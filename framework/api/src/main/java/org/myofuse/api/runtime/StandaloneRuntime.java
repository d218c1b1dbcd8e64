package org.myofuse.api.runtime;

import java.util.Map;
import java.util.ServiceLoader;

import org.myofuse.api.stream.SessionClock;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The runtime's entry point outside OSGi, provided by the runtime jar through
 * {@link ServiceLoader}: {@code StandaloneRuntime.load().startHost()} gives a running host.
 *
 * <p>Thread-safe and stateless: every host it starts is independent of the others.
 */
@ProviderType
public interface StandaloneRuntime {

    /**
     * The runtime found on the class path (the thread's context class loader, as
     * {@link ServiceLoader#load(Class)} looks).
     *
     * @throws IllegalStateException if none is there; one line naming the artifact to add
     */
    static StandaloneRuntime load() {
        return ServiceLoader.load(StandaloneRuntime.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "no Myofuse runtime on the class path (add org.myofuse:runtime, runtime scope)"));
    }

    /**
     * Starts a host: a new session clock (origin now), a stream bus and a device manager whose device
     * configurations live in memory. The caller closes it.
     */
    StandaloneHost startHost();

    /** A new session clock whose origin is now, e.g. for a wire simulator beside a host. */
    SessionClock newClock();

    /**
     * The typed configuration the device manager would hand a driver whose configuration interface is
     * {@code type}, checked the same way: every setting the metatype of {@code type} declares (its
     * {@code OSGI-INF/metatype} resource, generated from its {@code @ObjectClassDefinition}) takes its
     * declared default unless {@code settings} gives it; a given value must parse as the declared type
     * and lie within the declared range and options. The host's own keys ({@code port}, {@code name},
     * {@code service.*}, ...) are skipped. The driver's own {@code validate} is not called.
     *
     * @param settings values as Strings (as in a device spec or a {@code .cfg} file), Numbers, Booleans,
     *                 arrays or collections
     * @throws IllegalArgumentException if {@code type} has no metatype, or a key is unknown, or a value
     *                                  does not fit its declaration; one line naming the setting, e.g.
     *                                  {@code invalid value '50' for iastm-force setting 'replyTimeoutMs':
     *                                  expected an integer between 200 and 10000}
     */
    <C> C configuration(Class<C> type, Map<String, ?> settings);
}
