package org.myofuse.openbci.protocol;

import org.myofuse.lib.serial.ScanSink;

/**
 * Receives what {@link CytonDecoder} finds, on the decoder's thread. The packet passed to
 * {@link #packet} is the decoder's own view, valid only during the call.
 */
public interface CytonPacketSink extends ScanSink {

    /** A packet passed the checks. */
    void packet(CytonDecoder.Packet packet, long arrivalNanos);

    /** A candidate packet (start byte present) failed a check and was discarded. */
    @Override
    void rejected();

    /** Bytes that could not start a packet (text replies, garbage) were skipped. */
    @Override
    void skipped(int bytes);
}
