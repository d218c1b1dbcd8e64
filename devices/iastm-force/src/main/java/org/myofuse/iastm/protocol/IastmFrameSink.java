package org.myofuse.iastm.protocol;

/**
 * Receives what {@link IastmDecoder} finds, on the decoder's thread. The views passed in are the
 * decoder's own, valid only during the call.
 */
public interface IastmFrameSink {

    /** A data frame passed its CRC. */
    void data(IastmDecoder.DataFrame frame, long arrivalNanos);

    /** A reply (identify reply or acknowledgement) passed its CRC: {@code payload[offset..offset+length)}. */
    void reply(int type, byte[] payload, int offset, int length);

    /** A frame was discarded: bad CRC, a cut-off frame, or a damaged header where a frame was due. */
    void rejected();

    /** Bytes that could not start a frame (garbage, line noise) were skipped. */
    void skipped(int bytes);

    /** Alignment was regained after being lost; the frame that follows is the first one after it. */
    void resynced();
}
