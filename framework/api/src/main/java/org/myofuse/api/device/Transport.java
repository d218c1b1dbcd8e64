package org.myofuse.api.device;

/** How the host reaches a device. */
public enum Transport {
    /** Generated inside the host; no hardware. */
    SIMULATED,
    /** A serial port (USB CDC, FTDI, Bluetooth SPP, or a pseudo-terminal). */
    SERIAL,
    /** A network socket. */
    NETWORK,
    /** A recording read back from a file. */
    FILE
}
