package org.myofuse.lib.serial;

/**
 * What a {@link FrameScanner} reports besides the frames it finds, on the scanner's thread. A
 * protocol's sink interface extends this one with its frame callbacks.
 */
public interface ScanSink {

    /** A candidate frame was discarded: it failed its check, was cut short, or its header was damaged where a frame was due. */
    void rejected();

    /** Bytes that could not start a frame (garbage, line noise, text) were skipped. */
    void skipped(int bytes);

    /** Alignment was regained after being lost; the frame that follows is the first one after it. */
    void resynced();
}
