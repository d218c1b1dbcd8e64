package org.myofuse.fusion;

import java.util.Arrays;

import org.myofuse.api.fusion.FusedFrame;

/** The reused fused frame handed to listeners. */
final class FrameSlot implements FusedFrame {

    long time;
    double normal = Double.NaN;
    double shear = Double.NaN;
    double copX = Double.NaN;
    double copY = Double.NaN;
    final double[] emg;
    int emgCount;

    FrameSlot(int maxEmgChannels) {
        emg = new double[maxEmgChannels];
    }

    void clear(long sessionNanos) {
        time = sessionNanos;
        normal = shear = copX = copY = Double.NaN;
        Arrays.fill(emg, 0, emgCount, Double.NaN);
    }

    @Override
    public long sessionNanos() {
        return time;
    }

    @Override
    public double normalForceN() {
        return normal;
    }

    @Override
    public double shearForceN() {
        return shear;
    }

    @Override
    public int emgChannels() {
        return emgCount;
    }

    @Override
    public double emgEnvelope(int channel) {
        return emg[channel];
    }

    @Override
    public double copXmm() {
        return copX;
    }

    @Override
    public double copYmm() {
        return copY;
    }
}
