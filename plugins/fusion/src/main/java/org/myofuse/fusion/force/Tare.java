package org.myofuse.fusion.force;

/**
 * Zero of each force axis, the mean over a rest window at the start of the stream (the tool held off
 * the skin). Until the window is complete the tool is not tared and readings are not usable.
 */
public final class Tare {

    private final long windowSamples;
    private final double[] sums;
    private final double[] zero;
    private long seen;

    public Tare(int axes, double windowSeconds, double sampleRateHz) {
        this.windowSamples = Math.max(1, Math.round(windowSeconds * sampleRateHz));
        this.sums = new double[axes];
        this.zero = new double[axes];
    }

    /** Offers one raw reading of an axis during the window; call {@link #endFrame()} after each frame. */
    public void offer(int axis, double raw) {
        if (seen < windowSamples) {
            sums[axis] += raw;
        }
    }

    /** Completes one frame; returns true once the tare is known. */
    public boolean endFrame() {
        if (seen < windowSamples && ++seen == windowSamples) {
            for (int a = 0; a < sums.length; a++) {
                zero[a] = sums[a] / windowSamples;
            }
        }
        return ready();
    }

    /** Takes the zero again over a new window, from the next reading on (the tool held off the skin now). */
    public void restart() {
        seen = 0;
        java.util.Arrays.fill(sums, 0);
    }

    public boolean ready() {
        return seen >= windowSamples;
    }

    /** The tared value of an axis. */
    public double apply(int axis, double raw) {
        return raw - zero[axis];
    }

    public double zero(int axis) {
        return zero[axis];
    }
}
