package org.myofuse.api.device;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A device plugin: one driver service per device type, registered as an OSGi service (normally one DS
 * component) with the service property {@link #TYPE_PROPERTY} set to {@link DeviceType#id()}. The host's
 * device manager tracks drivers as a whiteboard keyed by that id; a second driver with an id already
 * taken is ignored and reported.
 *
 * <h2>Configuration</h2>
 * Each configured device is one ConfigAdmin factory configuration under
 * {@link DeviceType#factoryPid()} ({@code org.myofuse.device.<type id with dashes as underscores>}). The driver describes its
 * settings with an {@code @ObjectClassDefinition} annotation interface whose {@code factoryPid} is that
 * PID, returned by {@link #configurationType()}. The host validates every configuration against it
 * (unknown keys and unparsable values are refused with a one-line error) and hands the driver a typed
 * instance in {@link DeviceContext#configuration()}. Two properties are the host's, not the driver's:
 * {@link #PORT_PROPERTY} and {@link #NAME_PROPERTY}.
 *
 * <h2>Lifecycle, threading and errors</h2>
 * <ol>
 * <li>{@link #connect} is called by the device manager on one of its worker threads, never on a UI
 * thread or a driver thread. It opens the link, identifies the device, calls
 * {@link DeviceContext#openStream} exactly once and returns the connection, within a bounded time
 * (a few seconds at most for a device that never answers). Failure: throw {@link DeviceException}
 * with a one-line message; the host reports it and keeps running; nothing stays open.</li>
 * <li>{@link DeviceConnection#start()} then begins streaming; the driver publishes from its own
 * thread(s). See {@link DeviceConnection} for the rest.</li>
 * <li>Connections of different devices are independent; the driver must allow several at once.</li>
 * </ol>
 * When the driver service goes away (bundle stopped, updated or removed) the manager closes every
 * connection it opened and ends their streams with that reason.
 *
 * @param <C> the typed configuration, an {@code @ObjectClassDefinition} annotation interface
 */
@ConsumerType
public interface DeviceDriver<C> {

    /** Prefix of every device factory PID. */
    String FACTORY_PID_PREFIX = "org.myofuse.device.";

    /** Service property carrying the driver's type id (a String). */
    String TYPE_PROPERTY = "myofuse.device.type";

    /** Configuration property reserved by the host: the port path or address ("" if none). */
    String PORT_PROPERTY = "port";

    /** Configuration property reserved by the host: the device's display name ("" means the type id). */
    String NAME_PROPERTY = "name";

    /** The device type this driver handles. Constant for the life of the service. */
    DeviceType type();

    /** The typed configuration interface (annotated with {@code @ObjectClassDefinition}). */
    Class<C> configurationType();

    /**
     * Checks a configuration before the host accepts it: ranges, combinations, channel name lists.
     * Called on a host thread when a device is added or its configuration changes; keys and types have
     * already been checked by the host. The default accepts everything.
     *
     * @throws IllegalArgumentException with one line naming the setting, its value and what is allowed,
     *                                  e.g. {@code "sampleRate 3000 Hz: must be 250, 500, 1000 or 2000"}
     */
    default void validate(C configuration) {
    }

    /**
     * Opens and identifies one configured device and opens its stream, without starting it.
     *
     * @throws DeviceException if the device cannot be reached or identified; the message names the
     *                         port or device and the reason in one line
     */
    DeviceConnection connect(DeviceContext<C> context) throws DeviceException;
}
