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
 * {@link DeviceType#factoryPid()} ({@code org.myofuse.device.<type id with dashes as underscores>}). The
 * driver describes its settings with an {@code @ObjectClassDefinition} annotation interface whose
 * {@code factoryPid} is that PID, returned by {@link #configurationType()}; each setting's default,
 * range ({@code min}, {@code max}) and allowed values ({@code options}) are declared once, in its
 * {@code @AttributeDefinition}. The host checks every configuration against that declaration (unknown
 * keys, unparsable values and values out of range are refused with a one-line error naming the setting
 * and what is allowed), then calls {@link #validate} for rules that combine settings, and hands the
 * driver a typed instance in {@link DeviceContext#configuration()}. Two properties are the host's, not
 * the driver's: {@link #PORT_PROPERTY} and {@link #NAME_PROPERTY}.
 *
 * <h2>Lifecycle</h2>
 * For each configured device the host's device manager calls, on a worker thread of its own (never a
 * UI thread, never a driver thread):
 * <ol>
 * <li>{@link #connect}: open the link, identify the device, call {@link DeviceContext#openStream}
 * exactly once, return the connection. Within a bounded time: a device that never answers must fail
 * within a few seconds. Failure: throw {@link DeviceException} with a one-line message naming the port
 * or device and the reason; nothing stays open. The host reports it and retries with backoff.</li>
 * <li>{@link DeviceConnection#start()}, then {@link DeviceConnection#stop()}, possibly again
 * {@code start}/{@code stop}, and finally {@link DeviceConnection#close()}.</li>
 * </ol>
 * <b>The host never makes two of these calls for one device at the same time</b>, and always in this
 * order: a driver needs no lock to protect its connection state against the host. Connections of
 * different devices are independent and may be connected, started and stopped concurrently: the
 * driver must allow several at once. When the driver service goes away (bundle stopped, updated or
 * removed) the manager closes every connection it opened and ends their streams with that reason.
 *
 * <h2>Threads and the stream</h2>
 * After {@code start} the driver publishes from its own thread: the transport's reader thread for a
 * serial device (see {@code org.myofuse.api.serial.SerialListener}), or one generator thread of its own.
 * That thread is the stream's only producer (see {@link org.myofuse.api.stream.SamplePublisher}): it
 * owns the decoder and the staging block; {@code start}, {@code stop} and {@code close} never publish
 * and never touch what the reader owns; they change the device's state and leave the reader a request
 * in a volatile field if it must, say, reset its numbering. The host serialises publishes with
 * {@code stop} itself: it stops accepting the stream's publishes before it calls {@code stop} and
 * accepts them again only when {@code start} has returned, so a block the reader publishes while or
 * after {@code stop} runs is dropped without a trace and without a lock. A driver therefore needs no
 * "stream lock".
 *
 * <h2>Frames and rates</h2>
 * Every channel of a stream shares one frame rate ({@link ChannelDescriptor#sampleRateHz()} is the same
 * for all channels of a {@link DeviceDescriptor}; a slower quantity, such as an accelerometer read at 25
 * Hz on a 250 Hz amplifier, is repeated in every frame until its next reading). The driver's thread
 * must never block on anything but its own I/O and must not allocate per sample.
 *
 * <h2>States</h2>
 * The host owns {@link DeviceState#CONNECTING}, {@link DeviceState#STREAMING} (first samples of a
 * connection, or data flowing again after a stall), {@link DeviceState#STALLED} (no data for the stall
 * timeout while connected) and {@link DeviceState#STOPPED}. A driver reports only what the host cannot
 * see, through {@link DeviceContext#reportStatus}: {@link DeviceState#DISCONNECTED} when the link is lost
 * while streaming, and {@link DeviceState#RECONNECTED} once it has re-established the link by itself and
 * samples flow again (after publishing a gap of cause
 * {@link org.myofuse.api.stream.GapCause#RECONNECT} for the samples missed). Any other state a driver
 * reports is ignored and logged as a driver bug.
 *
 * <h2>Errors while streaming</h2>
 * Corrupt input is rejected, counted and skipped; it never ends the stream. A lost link is reported,
 * not thrown. An exception escaping a driver's thread ends nothing in the host, but the device stops
 * producing data and will be seen as STALLED.
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
     * Checks what the metatype declaration cannot express: rules that combine settings (e.g. as many
     * channel names as channels). Called on a host thread when a device is added or its configuration
     * changes, after the host has checked keys, types, ranges and options against the
     * {@code @AttributeDefinition}s. The default accepts everything.
     *
     * @throws IllegalArgumentException with one line naming the settings, their values and what is
     *                                  allowed, e.g. {@code "channelNames: 3 names for 8 channels"}
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
