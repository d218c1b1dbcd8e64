package org.myofuse.example.forcegauge.gcl;

/**
 * Cuts the bytes of a serial link into response lines. The gauge ends each response with CR LF; a CR
 * or an LF alone ends a line too, and the empty line between them is skipped, so a device or adapter
 * that sends only one of them is read the same way. A line may arrive in any number of reads.
 *
 * <p>Owned by one thread (the port's reader thread); allocates nothing after construction.
 */
public final class LineAssembler {

    private final byte[] line = new byte[Gcl.MAX_LINE];
    private int length;
    /** Bytes of an overlong line seen so far; 0 while the line fits. */
    private int overlong;

    /** Feeds {@code length} bytes of {@code buffer} from {@code offset}; complete lines go to {@code sink}. */
    public void accept(byte[] buffer, int offset, int length, long arrivalNanos, LineSink sink) {
        for (int i = offset; i < offset + length; i++) {
            byte b = buffer[i];
            if (b == '\r' || b == '\n') {
                end(arrivalNanos, sink);
            } else if (overlong > 0) {
                overlong++;
            } else if (this.length == line.length) {
                overlong = this.length + 1;
            } else {
                line[this.length++] = b;
            }
        }
    }

    /** Forgets a partial line (its start went with a lost link). */
    public void reset() {
        length = 0;
        overlong = 0;
    }

    private void end(long arrivalNanos, LineSink sink) {
        if (overlong > 0) {
            int bytes = overlong;
            reset();
            sink.overlong(bytes, arrivalNanos);
        } else if (length > 0) {
            int n = length;
            length = 0;
            sink.line(line, n, arrivalNanos);
        }
    }
}
