package org.myofuse.mat.protocol;

import org.myofuse.lib.serial.ScanSink;

/**
 * Receives what {@link MatDecoder} finds, on the decoder's thread. The frame passed to {@link #frame}
 * is the decoder's own view, valid only during the call.
 */
public interface MatFrameSink extends ScanSink {

    /** A frame with a valid header and CRC. */
    void frame(MatDecoder.Frame frame, long arrivalNanos);

    /** A frame with a plausible header failed its CRC or was cut short, and was discarded. */
    @Override
    void rejected();

    /** Bytes that could not start a frame (garbage, remnants of a rejected frame) were skipped. */
    @Override
    void skipped(int bytes);
}
