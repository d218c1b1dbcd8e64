package org.myofuse.example.forcegauge.gcl;

/** Receives the lines a {@link LineAssembler} cuts, on the thread that feeds it. */
public interface LineSink {

    /**
     * One line without its ending. {@code line} is the assembler's own buffer: use it in place, keep
     * nothing.
     */
    void line(byte[] line, int length, long arrivalNanos);

    /** A line longer than {@link Gcl#MAX_LINE} was discarded whole; {@code bytes} is its length. */
    void overlong(int bytes, long arrivalNanos);
}
