package org.myofuse.fusion.dsp;

/**
 * Muscle onset and offset on one channel by the threshold method of Hodges and Bui (1996): the
 * band-passed EMG is full-wave rectified (optionally after the Teager-Kaiser operator) and low-pass
 * filtered into a detection signal; the baseline mean and standard deviation are measured over a rest
 * window at the start; an onset is declared when the detection signal stays above
 * {@code mean + k SD} for the minimum duration, and dated at the first sample of that run. An offset is
 * the mirror image (stays below for the minimum duration). The event is therefore known
 * {@code minDuration} after the onset it reports: that is the detection latency.
 *
 * <p>Sample indices in, sample indices out; the caller maps them to time. Allocation-free. Not thread-safe.
 */
public final class OnsetDetector {

    /** What the last {@link #step} found. */
    public enum Transition { NONE, ONSET, OFFSET }

    private final boolean teagerKaiser;
    private final TeagerKaiser tkeo = new TeagerKaiser();
    private final BiquadBank smoother;
    private final double k;
    private final long baselineSamples;
    private final int minSamples;
    private long seenBaseline;
    private double baselineMean;
    private double baselineM2;
    private double threshold = Double.NaN;
    private boolean active;
    private int run;
    private long runStart;
    private long transitionIndex = -1;
    private double detection;

    /**
     * @param sampleRateHz    the channel's rate
     * @param smoothingHz     low-pass corner of the detection signal (Hodges and Bui: 50 Hz)
     * @param k               threshold in baseline standard deviations
     * @param baselineSeconds length of the rest window at the start that sets the baseline
     * @param minDurationMs   how long the signal must stay across the threshold
     * @param teagerKaiser    apply the Teager-Kaiser operator before rectification
     */
    public OnsetDetector(double sampleRateHz, double smoothingHz, double k, double baselineSeconds,
            double minDurationMs, boolean teagerKaiser) {
        if (!(k > 0)) {
            throw new IllegalArgumentException("onset threshold k must be positive, was " + k);
        }
        this.teagerKaiser = teagerKaiser;
        this.smoother = new BiquadBank(BiquadCoefficients.lowPass(smoothingHz, sampleRateHz,
                BiquadCoefficients.butterworthQ(2, 0)), 1);
        this.k = k;
        this.baselineSamples = Math.max(2, Math.round(baselineSeconds * sampleRateHz));
        this.minSamples = Math.max(1, (int) Math.round(minDurationMs * sampleRateHz / 1000));
    }

    /**
     * Feeds one band-passed sample with its index and reports whether an onset or offset was
     * confirmed; {@link #transitionIndex()} then dates it. With the Teager-Kaiser option the operator
     * is one sample late, which the dating accounts for.
     */
    public Transition step(double bandPassed, long index) {
        double raw = teagerKaiser ? tkeo.step(bandPassed) : bandPassed;
        long at = teagerKaiser ? index - 1 : index;
        detection = smoother.step(0, Math.abs(raw));
        if (seenBaseline < baselineSamples) {
            learn(detection);
            return Transition.NONE;
        }
        boolean across = active ? detection < threshold : detection > threshold;
        if (!across) {
            run = 0;
            return Transition.NONE;
        }
        if (run++ == 0) {
            runStart = at;
        }
        if (run < minSamples) {
            return Transition.NONE;
        }
        active = !active;
        run = 0;
        transitionIndex = runStart;
        return active ? Transition.ONSET : Transition.OFFSET;
    }

    /** Sample index of the onset or offset just reported. */
    public long transitionIndex() {
        return transitionIndex;
    }

    /** The threshold in detection-signal units, NaN while the baseline is being measured. */
    public double threshold() {
        return threshold;
    }

    public boolean active() {
        return active;
    }

    /** The last value of the detection signal. */
    public double detection() {
        return detection;
    }

    /** Restarts after a gap: the baseline is kept, the run and the filters start over, the muscle counts as at rest. */
    public void restart() {
        smoother.reset();
        tkeo.reset();
        run = 0;
        active = false;
    }

    private void learn(double x) {
        // Welford: one pass, stable
        seenBaseline++;
        double delta = x - baselineMean;
        baselineMean += delta / seenBaseline;
        baselineM2 += delta * (x - baselineMean);
        if (seenBaseline == baselineSamples) {
            threshold = baselineMean + k * Math.sqrt(baselineM2 / (seenBaseline - 1));
        }
    }
}
