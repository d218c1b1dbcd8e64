package org.myofuse.openbci.protocol;

/**
 * Receives what {@link CytonDecoder} finds, on the decoder's thread. The packet passed to
 * {@link #packet} is the decoder's own view, valid only during the call.
 */
public interface CytonPacketSink {

    /** A packet passed the checks. */
    void packet(CytonDecoder.Packet packet, long arrivalNanos);

    /** A candidate packet (start byte present) failed a check and was discarded. */
    void rejected();

    /** Bytes that could not start a packet (text replies, garbage) were skipped. */
    void skipped(int bytes);

    /** Alignment was regained after being lost; the packet that follows is the first one after it. */
    void resynced();
}
