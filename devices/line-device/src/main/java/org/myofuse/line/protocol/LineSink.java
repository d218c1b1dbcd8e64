package org.myofuse.line.protocol;

/** Receives what {@link LineDecoder} finds, on the decoder's thread. */
public interface LineSink {

    /**
     * A line passed every check.
     *
     * @param values the raw numbers in channel order: the decoder's own array, valid only during the call
     */
    void sample(double[] values, long arrivalNanos);

    /** A line was discarded; {@code bytes} is its length as received (up to the terminator). */
    void rejected(LineDecoder.Rejection why, int bytes);

    /** A line without the configured prefix (a banner, a reply, a comment) was skipped; not a sample. */
    void ignored(int bytes);
}
