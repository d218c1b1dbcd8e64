package org.myofuse.fusion.dsp;

import java.util.List;

/**
 * The per-channel EMG conditioning chain for all channels of one stream: band-pass, mains notches,
 * full-wave rectification and a moving RMS envelope. Frames are processed frame-major (all channels of
 * a frame, then the next frame), each section as one loop over the channels, which keeps the
 * channels' independent recursions side by side for the CPU and lets the JIT vectorise them.
 * Allocation-free after construction. Not thread-safe.
 */
public final class EmgChain {

    private final int channels;
    private final BiquadBank[] sections;
    private final MovingRms rms;
    private final double[] frame;
    private final double[] envelope;
    private final EmgFilterPlan plan;

    public EmgChain(EmgFilterPlan plan, double rmsWindowMs, int channels) {
        this.plan = plan;
        this.channels = channels;
        List<BiquadCoefficients> s = plan.sections();
        this.sections = new BiquadBank[s.size()];
        for (int i = 0; i < sections.length; i++) {
            sections[i] = new BiquadBank(s.get(i), channels);
        }
        this.rms = new MovingRms(MovingRms.windowSamples(rmsWindowMs, plan.sampleRateHz()), channels);
        this.frame = new double[channels];
        this.envelope = new double[channels];
    }

    public EmgFilterPlan plan() {
        return plan;
    }

    public int channels() {
        return channels;
    }

    /** RMS window actually used, in samples. */
    public int rmsWindowSamples() {
        return rms.windowSamples();
    }

    /**
     * Runs {@code frames} frames of {@code in} (frame-major, {@code channels} values per frame) through
     * the chain. Writes the band-passed, notched signal to {@code filtered} and the RMS envelope to
     * {@code envelopes}, both frame-major like the input; either may be {@code null} when not needed.
     */
    public void process(float[] in, int frames, double[] filtered, double[] envelopes) {
        double[] x = frame;
        double[] env = envelope;
        int n = channels;
        for (int f = 0; f < frames; f++) {
            int base = f * n;
            for (int c = 0; c < n; c++) {
                x[c] = in[base + c];
            }
            for (BiquadBank section : sections) {
                section.stepFrame(x);
            }
            if (filtered != null) {
                System.arraycopy(x, 0, filtered, base, n);
            }
            // the RMS of the rectified signal: squaring makes the rectification implicit, so it costs nothing
            rms.stepFrame(x, env);
            if (envelopes != null) {
                System.arraycopy(env, 0, envelopes, base, n);
            }
        }
    }

    /** Restarts every filter and the envelope, as after a gap in the stream. */
    public void reset() {
        for (BiquadBank s : sections) {
            s.reset();
        }
        rms.reset();
    }
}
