package org.myofuse.fusion.dsp;

/**
 * The Teager-Kaiser energy operator {@code psi[n] = x[n]^2 - x[n-1] x[n+1]}, which weighs amplitude by
 * instantaneous frequency and so sharpens the start of motor-unit firing against a noisy baseline
 * (Solnik et al. 2008). Causal form: each call returns psi of the previous sample, one sample late.
 */
public final class TeagerKaiser {

    private double previous;
    private double current;
    private int seen;

    /** Feeds {@code x[n]}, returns {@code psi[n-1]} (0 until two samples were seen). */
    public double step(double next) {
        double psi = seen >= 2 ? current * current - previous * next : 0;
        previous = current;
        current = next;
        if (seen < 2) {
            seen++;
        }
        return psi;
    }

    public void reset() {
        previous = 0;
        current = 0;
        seen = 0;
    }
}
