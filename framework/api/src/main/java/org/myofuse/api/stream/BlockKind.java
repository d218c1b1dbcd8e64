package org.myofuse.api.stream;

/** What a {@link SampleBlock} carries. */
public enum BlockKind {
    /** {@link SampleBlock#frames()} frames of samples, starting at {@link SampleBlock#firstSampleIndex()}. */
    SAMPLES,
    /**
     * An explicit gap: {@link SampleBlock#gapSamples()} samples, starting at
     * {@link SampleBlock#firstSampleIndex()}, that the device did not deliver (or that were rejected).
     * The next {@code SAMPLES} block continues after the gap.
     */
    GAP
}
