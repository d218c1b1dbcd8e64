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
 * <p>A fast path shortens it for clear contractions: an onset is also confirmed when the signal stays
 * above a second, higher threshold {@code mean + fastK SD} for the shorter {@code fastDuration}. A
 * contraction far above the baseline is then known in about {@code fastDuration}; one near the
 * threshold still needs the full minimum duration, so the false-onset rate of the slow rule on noise
 * and on the ringing after a burst stays as it is. Offsets use the minimum duration only. The onset is
 * dated at the first sample of the run above the (lower) threshold either way.
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
    private final double fastK;
    private final int fastSamples;
    private double fastThreshold = Double.NaN;
    private int fastRun;
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
        this(sampleRateHz, smoothingHz, k, baselineSeconds, minDurationMs, teagerKaiser, 0, 0);
    }

    /**
     * @param fastK            threshold of the fast path in baseline standard deviations, above
     *                         {@code k}; 0 turns the fast path off
     * @param fastDurationMs   how long the signal must stay above the fast threshold
     */
    public OnsetDetector(double sampleRateHz, double smoothingHz, double k, double baselineSeconds,
            double minDurationMs, boolean teagerKaiser, double fastK, double fastDurationMs) {
        check(k, minDurationMs, fastK, fastDurationMs);
        this.fastK = fastK;
        this.fastSamples = Math.max(1, (int) Math.round(fastDurationMs * sampleRateHz / 1000));
        this.teagerKaiser = teagerKaiser;
        this.smoother = new BiquadBank(BiquadCoefficients.lowPass(smoothingHz, sampleRateHz,
                BiquadCoefficients.butterworthQ(2, 0)), 1);
        this.k = k;
        this.baselineSamples = Math.max(2, Math.round(baselineSeconds * sampleRateHz));
        this.minSamples = Math.max(1, (int) Math.round(minDurationMs * sampleRateHz / 1000));
    }

    /**
     * Checks the thresholds and durations, so a configuration can be refused before any stream opens.
     *
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public static void check(double k, double minDurationMs, double fastK, double fastDurationMs) {
        if (!(k > 0) || !(minDurationMs > 0)) {
            throw new IllegalArgumentException("onset threshold k " + k + " SD and minimum duration " + minDurationMs
                    + " ms must be positive");
        }
        if (fastK != 0 && !(fastK > k && fastDurationMs > 0 && fastDurationMs <= minDurationMs)) {
            throw new IllegalArgumentException("onset fast path: threshold " + fastK + " SD must be above k " + k
                    + " and its duration " + fastDurationMs + " ms positive and at most the minimum duration "
                    + minDurationMs + " ms (or fast threshold 0 for none)");
        }
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
        fastRun = !active && detection > fastThreshold ? fastRun + 1 : 0;
        if (!across) {
            run = 0;
            return Transition.NONE;
        }
        if (run++ == 0) {
            runStart = at;
        }
        if (run < minSamples && fastRun < fastSamples) {
            return Transition.NONE;
        }
        active = !active;
        run = 0;
        fastRun = 0;
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
        fastRun = 0;
        active = false;
    }

    private void learn(double x) {
        // Welford: one pass, stable
        seenBaseline++;
        double delta = x - baselineMean;
        baselineMean += delta / seenBaseline;
        baselineM2 += delta * (x - baselineMean);
        if (seenBaseline == baselineSamples) {
            double sd = Math.sqrt(baselineM2 / (seenBaseline - 1));
            threshold = baselineMean + k * sd;
            // NaN never compares greater, so without a fast path only the minimum duration confirms
            fastThreshold = fastK > 0 ? baselineMean + fastK * sd : Double.NaN;
        }
    }
}
