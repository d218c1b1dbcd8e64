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
    /** Per slot: the channel's source and unit while an amplifier holds it, else "" (set when streams come and go). */
    final String[] emgSources;
    final String[] emgUnits;
    int emgCount;

    FrameSlot(int maxEmgChannels) {
        emg = new double[maxEmgChannels];
        emgSources = new String[maxEmgChannels];
        emgUnits = new String[maxEmgChannels];
        Arrays.fill(emgSources, "");
        Arrays.fill(emgUnits, "");
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
    public String emgSource(int channel) {
        return emgSources[channel];
    }

    @Override
    public String emgUnit(int channel) {
        return emgUnits[channel];
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
