package org.myofuse.lib.serial;

/**
 * The skeleton of a decoder that finds frames in a byte stream that may be cut anywhere, corrupted,
 * truncated or interleaved with garbage, without allocating: the input buffer fed in chunks and
 * compacted after each pass, skipping to the next byte that may start a frame, and the alignment
 * bookkeeping that reports a resynchronisation once per loss of alignment (never before the first
 * frame). What makes a frame, and what a failed candidate costs, is the protocol's: {@link #parse}.
 *
 * <p>Not thread-safe: one reader thread.
 */
public abstract class FrameScanner {

    /** Bytes handled per pass; larger inputs are fed in pieces. */
    public static final int CHUNK = 4096;

    /** The input not yet consumed, from index 0 (after each pass) to {@link #have}. */
    protected final byte[] buf;
    /** Bytes in {@link #buf}. */
    protected int have;
    /** Where {@link #parse} is. */
    protected int pos;

    private final ScanSink sink;
    private boolean aligned;
    private boolean everAligned;
    private boolean lostAlignment;

    /**
     * @param lookahead bytes beyond one chunk the buffer must hold: an incomplete frame kept from the
     *                  previous pass, and whatever the protocol looks at after it
     */
    protected FrameScanner(ScanSink sink, int lookahead) {
        this.sink = sink;
        this.buf = new byte[CHUNK + lookahead];
    }

    /** Decodes {@code length} bytes of {@code data} from {@code offset}, all stamped {@code arrivalNanos}. */
    public final void accept(byte[] data, int offset, int length, long arrivalNanos) {
        int done = 0;
        while (done < length) {
            int n = Math.min(length - done, buf.length - have);
            System.arraycopy(data, offset + done, buf, have, n);
            have += n;
            done += n;
            parse(arrivalNanos);
            compact();
        }
    }

    /** Forgets partial input and alignment (after a reconnect or a restart of the stream). */
    public void reset() {
        have = 0;
        pos = 0;
        aligned = false;
        everAligned = false;
        lostAlignment = false;
    }

    /**
     * Consumes what it can of {@code buf[pos..have)}: moves {@code pos} past every frame found, byte
     * skipped or candidate rejected, and stops where an incomplete frame starts (or at {@code have}).
     */
    protected abstract void parse(long arrivalNanos);

    /** True if a frame may start at {@code at} (its first sync byte or bytes, as far as they are there). */
    protected abstract boolean mayStartFrame(int at);

    /** The consumed {@code by} bytes were dropped: positions the subclass keeps in {@link #buf} move down by that. */
    protected void shifted(int by) {
    }

    /** Skips to the next byte that may start a frame, reporting the bytes skipped. */
    protected final void skipToFrameStart() {
        int from = pos;
        while (pos < have && !mayStartFrame(pos)) {
            pos++;
        }
        loseAlignment();
        sink.skipped(pos - from);
    }

    /** Something other than a frame was met where alignment had been. */
    protected final void loseAlignment() {
        if (aligned) {
            lostAlignment = true;
        }
        aligned = false;
    }

    /** True while the last thing met was a frame. */
    protected final boolean aligned() {
        return aligned;
    }

    /** A frame was found (call before handing it on): reports a resynchronisation if alignment had been lost. */
    protected final void frameFound() {
        if (lostAlignment && everAligned) {
            sink.resynced();
        }
        aligned = true;
        lostAlignment = false;
        everAligned = true;
    }

    private void compact() {
        int left = have - pos;
        if (left > 0 && pos > 0) {
            System.arraycopy(buf, pos, buf, 0, left);
        }
        shifted(pos);
        have = left;
        pos = 0;
    }
}
