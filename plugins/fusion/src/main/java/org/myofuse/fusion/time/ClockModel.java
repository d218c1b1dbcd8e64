package org.myofuse.fusion.time;

/**
 * Maps a device's sample index to session time: {@code t(i) = i * P + c + d * i - latency}, with P the
 * nominal sample period, {@code c} the offset and {@code d} the drift of the device clock against the
 * session clock.
 *
 * <p>Estimation: a block's arrival time is the time its last sample was taken plus a delay that is
 * never negative (USB batching, driver scheduling: tens of ms of jitter, only ever late). So the
 * residual {@code arrival - i * P} is noisy upwards only, and its lower envelope is the clock.
 * Residuals are grouped in buckets of {@code bucketSeconds} of samples; each bucket keeps its minimum
 * (the least delayed block), and a least-squares line through the minima of the last
 * {@code buckets} buckets gives {@code c} and {@code d}. Minima make the fit immune to the upward
 * jitter; the line makes it follow a crystal running fast or slow. Until the first bucket closes the
 * running minimum is used with no drift. The fixed per-device {@code latency} (sampling to the least
 * delayed arrival, which the host cannot see) is configured and subtracted.
 *
 * <p>Deterministic: a function of the (index, arrival) pairs only, which a recording keeps, so a
 * replay maps every sample to the same time. Allocation-free. Not thread-safe.
 */
public final class ClockModel {

    private final double period;
    private final long latencyNanos;
    private final long bucketSamples;
    private final double[] bucketIndex;
    private final double[] bucketResidual;
    private int buckets;
    private int next;
    private long currentBucket = -1;
    private double currentMin = Double.POSITIVE_INFINITY;
    private double currentMinIndex;
    private double offset = Double.NaN;
    private double drift;

    public ClockModel(double sampleRateHz, double latencyMs, double bucketSeconds, int bucketCount) {
        this.period = 1e9 / sampleRateHz;
        this.latencyNanos = Math.round(latencyMs * 1e6);
        this.bucketSamples = Math.max(1, Math.round(bucketSeconds * sampleRateHz));
        this.bucketIndex = new double[Math.max(2, bucketCount)];
        this.bucketResidual = new double[bucketIndex.length];
    }

    /** Records that the sample {@code lastIndex} (the last of a block) arrived at {@code arrivalNanos}. */
    public void observe(long lastIndex, long arrivalNanos) {
        long bucket = lastIndex / bucketSamples;
        if (bucket != currentBucket && currentBucket >= 0) {
            close();
        }
        currentBucket = bucket;
        double residual = arrivalNanos - lastIndex * period;
        if (residual < currentMin) {
            currentMin = residual;
            currentMinIndex = lastIndex;
        }
        if (buckets == 0) {
            offset = currentMin;
        }
    }

    /** Session time of sample {@code index}, ns; valid after the first {@link #observe}. */
    public long timeOf(long index) {
        return Math.round(index * period + offset + drift * index) - latencyNanos;
    }

    /** Estimated drift of the device clock, parts per million (positive: the device runs slow). */
    public double driftPpm() {
        return drift / period * 1e6;
    }

    public boolean ready() {
        return !Double.isNaN(offset);
    }

    private void close() {
        bucketIndex[next] = currentMinIndex;
        bucketResidual[next] = currentMin;
        next = (next + 1) % bucketIndex.length;
        buckets = Math.min(buckets + 1, bucketIndex.length);
        currentMin = Double.POSITIVE_INFINITY;
        fit();
    }

    private void fit() {
        if (buckets == 1) {
            offset = bucketResidual[0];
            drift = 0;
            return;
        }
        double mi = 0;
        double mr = 0;
        for (int b = 0; b < buckets; b++) {
            mi += bucketIndex[b];
            mr += bucketResidual[b];
        }
        mi /= buckets;
        mr /= buckets;
        double sii = 0;
        double sir = 0;
        for (int b = 0; b < buckets; b++) {
            double di = bucketIndex[b] - mi;
            sii += di * di;
            sir += di * (bucketResidual[b] - mr);
        }
        drift = sii > 0 ? sir / sii : 0;
        offset = mr - drift * mi;
    }
}
