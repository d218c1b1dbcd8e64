package org.myofuse.console.feed;

import org.myofuse.api.fusion.FusedFrame;

/**
 * The fused frames of the last {@value #CAPACITY} frames (41 s at 100 Hz), column by column in
 * preallocated arrays: what the force, EMG and mat views draw.
 *
 * <p>One writer, the fusion's dispatch thread ({@link #write}), which allocates nothing; readers on
 * the UI thread take {@link #written()} once per repaint and read frames up to it. A reader keeps to
 * the last {@link #READABLE} frames: the writer would have to write {@code CAPACITY - READABLE} frames
 * (30 s) during one repaint to overwrite what it reads, so no lock is needed. The EMG channel names
 * change only when an amplifier comes or goes and are published, like the values, by the volatile
 * frame count written last.
 */
public final class FrameRing {

    /** Frames kept; a power of two. */
    public static final int CAPACITY = 4096;
    /** The most frames a reader may read back from {@link #written()}. */
    public static final int READABLE = 1024;
    /** EMG channels kept per frame (the fusion's 24 channels of three amplifiers). */
    public static final int MAX_EMG = 24;

    private static final int MASK = CAPACITY - 1;

    private final long[] nanos = new long[CAPACITY];
    private final float[] normal = new float[CAPACITY];
    private final float[] shear = new float[CAPACITY];
    private final float[] copX = new float[CAPACITY];
    private final float[] copY = new float[CAPACITY];
    private final float[][] emg = new float[MAX_EMG][CAPACITY];
    private final byte[] emgCount = new byte[CAPACITY];
    private final String[] sources = new String[MAX_EMG];
    private final String[] units = new String[MAX_EMG];
    private volatile long written;

    public FrameRing() {
        java.util.Arrays.fill(sources, "");
        java.util.Arrays.fill(units, "");
    }

    /** Copies one fused frame in. Fusion thread only; allocates nothing. */
    public void write(FusedFrame frame) {
        long n = written;
        int i = (int) (n & MASK);
        nanos[i] = frame.sessionNanos();
        normal[i] = (float) frame.normalForceN();
        shear[i] = (float) frame.shearForceN();
        copX[i] = (float) frame.copXmm();
        copY[i] = (float) frame.copYmm();
        int channels = Math.min(frame.emgChannels(), MAX_EMG);
        for (int c = 0; c < channels; c++) {
            emg[c][i] = (float) frame.emgEnvelope(c);
            String source = frame.emgSource(c);
            if (sources[c] != source) { // the same instance while the amplifier stays: no allocation
                sources[c] = source;
            }
            String unit = frame.emgUnit(c);
            if (units[c] != unit) {
                units[c] = unit;
            }
        }
        emgCount[i] = (byte) channels;
        written = n + 1;
    }

    /** Frames written so far; the newest is {@code written() - 1}. */
    public long written() {
        return written;
    }

    private static int slot(long frame) {
        return (int) (frame & MASK);
    }

    public long nanos(long frame) {
        return nanos[slot(frame)];
    }

    public float normalN(long frame) {
        return normal[slot(frame)];
    }

    public float shearN(long frame) {
        return shear[slot(frame)];
    }

    public float copXmm(long frame) {
        return copX[slot(frame)];
    }

    public float copYmm(long frame) {
        return copY[slot(frame)];
    }

    /** EMG channels in that frame. */
    public int emgChannels(long frame) {
        return emgCount[slot(frame)];
    }

    public float emg(int channel, long frame) {
        return emg[channel][slot(frame)];
    }

    /** The channel's {@code <device>/<channel>} name as of the newest frame; "" for an empty slot. */
    public String emgSource(int channel) {
        return sources[channel];
    }

    /** The channel's unit as of the newest frame: {@code %MVC} or {@code uV}. */
    public String emgUnit(int channel) {
        return units[channel];
    }
}
