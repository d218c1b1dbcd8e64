package org.myofuse.api.device;

/** Where a configured device stands. See {@link DeviceStatusEvent}. */
public enum DeviceState {
    /** The host is opening the connection and identifying the device. */
    CONNECTING,
    /** Samples are flowing. */
    STREAMING,
    /** Connected but no data for longer than the stall timeout. */
    STALLED,
    /** The link is gone (unplugged, failed, removed); the event's reason says why. */
    DISCONNECTED,
    /** The link came back after a disconnect and samples flow again. */
    RECONNECTED,
    /** Stopped on purpose (end of session, device removed from the configuration). */
    STOPPED
}
