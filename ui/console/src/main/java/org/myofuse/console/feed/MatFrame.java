package org.myofuse.console.feed;

import java.lang.invoke.VarHandle;

import org.myofuse.api.device.GridLayout;

/**
 * The newest frame of one pressure mat, kPa per cell, handed from the bus dispatch thread to the UI
 * thread through a sequence lock: the writer never waits, and a reader that raced with a write sees a
 * changed sequence and keeps what it had for this repaint.
 *
 * <p>One writer (the console's dispatch thread), one reader (the UI thread). {@link #open} allocates the
 * cells of a new mat; {@link #write} allocates nothing.
 */
public final class MatFrame {

    private volatile int sequence;
    private volatile GridLayout grid;
    private volatile float[] cells = new float[0];
    private volatile String deviceId = "";

    /** A mat stream opened: its frames come here from now on. Writer only. */
    void open(String device, GridLayout layout) {
        cells = new float[layout.cells()];
        grid = layout;
        deviceId = device;
        sequence = sequence + 2;
    }

    /** The mat's stream closed. Writer only. */
    void close() {
        grid = null;
        deviceId = "";
        sequence = sequence + 2;
    }

    /** Copies one frame ({@code cells().length} values from {@code offset}). Writer only. */
    void write(float[] samples, int offset) {
        float[] target = cells;
        sequence = sequence + 1; // odd: being written
        System.arraycopy(samples, offset, target, 0, target.length);
        sequence = sequence + 1;
    }

    /** The mat's layout, null while no mat streams. */
    public GridLayout grid() {
        return grid;
    }

    /** The configured id of the mat device, "" while none streams. */
    public String deviceId() {
        return deviceId;
    }

    /** The sequence now; a reader compares it with what it saw last to know whether a frame came. */
    public int sequence() {
        return sequence;
    }

    /**
     * Copies the newest frame into {@code into} (at least as long as the grid's cells).
     *
     * @return the sequence of the frame copied, or -1 when none was copied whole (no mat, a write in
     *         progress, or {@code into} too short): keep the previous frame
     */
    public int read(float[] into) {
        int before = sequence;
        float[] source = cells;
        if ((before & 1) != 0 || grid == null || into.length < source.length) {
            return -1;
        }
        System.arraycopy(source, 0, into, 0, source.length);
        VarHandle.acquireFence(); // the copy's loads happen before the second look at the sequence
        return sequence == before ? before : -1;
    }
}
