package org.myofuse.api.stream;

/** Why samples are missing from a device stream. Recorded with every gap block. */
public enum GapCause {
    /** The device's sample counter jumped: samples were lost between device and host. */
    COUNTER_JUMP,
    /** Bytes were rejected (bad CRC, corrupt or truncated frame) and the decoder resynchronised. */
    REJECTED_FRAME,
    /** The link was lost and came back; the gap covers the time the device was away. */
    RECONNECT,
    /** Nothing arrived for longer than the stall timeout. */
    STALL,
    /** The driver's own buffer overflowed (the host could not keep up). */
    OVERFLOW
}
