package org.myofuse.benchmarks;

/**
 * A preallocated latency histogram: 10 ns buckets up to 2 ms, one overflow bucket. Recording is a
 * single array increment (one writer thread); percentiles are read after the writer stopped.
 */
final class Histogram {

    private static final long BUCKET_NANOS = 10;
    private final long[] counts = new long[200_000];
    private long overflow;
    private long max;
    private long total;

    void record(long nanos) {
        long bucket = Math.max(0, nanos) / BUCKET_NANOS;
        if (bucket < counts.length) {
            counts[(int) bucket]++;
        } else {
            overflow++;
        }
        max = Math.max(max, nanos);
        total++;
    }

    /** Recordings beyond the buckets' range (2 ms); percentiles that fall there report the maximum. */
    long overflow() {
        return overflow;
    }

    void reset() {
        java.util.Arrays.fill(counts, 0);
        overflow = 0;
        max = 0;
        total = 0;
    }

    /** The value below which {@code fraction} of the recordings fall, in nanoseconds. */
    long percentile(double fraction) {
        long rank = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return (i + 1) * BUCKET_NANOS;
            }
        }
        return max;
    }

    String summary(String label) {
        return String.format("%s: n=%d p50=%.1f us p99=%.1f us p99.9=%.1f us max=%.1f us", label, total,
                percentile(0.50) / 1e3, percentile(0.99) / 1e3, percentile(0.999) / 1e3, max / 1e3);
    }
}
