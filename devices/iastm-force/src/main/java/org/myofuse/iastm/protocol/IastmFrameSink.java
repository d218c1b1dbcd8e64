package org.myofuse.iastm.protocol;

import org.myofuse.lib.serial.ScanSink;

/**
 * Receives what {@link IastmDecoder} finds, on the decoder's thread. The views passed in are the
 * decoder's own, valid only during the call.
 */
public interface IastmFrameSink extends ScanSink {

    /** A data frame passed its CRC. */
    void data(IastmDecoder.DataFrame frame, long arrivalNanos);

    /** A reply (identify reply or acknowledgement) passed its CRC: {@code payload[offset..offset+length)}. */
    void reply(int type, byte[] payload, int offset, int length);

    /** A frame was discarded: bad CRC, a cut-off frame, or a damaged header where a frame was due. */
    @Override
    void rejected();
}
