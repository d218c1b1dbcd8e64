package org.myofuse.api.serial;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives what the reader thread of one port reads. Implemented by drivers. Every method is called on
 * that port's reader thread, one call at a time; none may block for long (writing a command is fine).
 */
@ConsumerType
public interface SerialListener {

    /**
     * A chunk of bytes arrived. {@code buffer} is the reader's own preallocated buffer: decode in place
     * and keep nothing, it is overwritten by the next read.
     *
     * @param buffer       the bytes, valid from index 0 to {@code length - 1}
     * @param length       number of bytes read, at least 1
     * @param arrivalNanos session time just after the read returned
     */
    void bytesArrived(byte[] buffer, int length, long arrivalNanos);

    /**
     * The link was lost (end of input, I/O error, or no data while data was expected). If the spec asks
     * for it the transport now tries to reopen the same path.
     *
     * @param reason       one line, naming the port
     * @param lastDataNanos session time of the last byte received, or -1 if none was
     */
    default void linkLost(String reason, long lastDataNanos) {
    }

    /**
     * The port was reopened after a loss. The driver re-initialises the device here (commands may be
     * written through {@code link}); decoder state from before the loss is stale.
     *
     * @param downNanos session time when the loss was detected
     */
    default void linkRestored(SerialLink link, long downNanos) {
    }
}
