package org.myofuse.api.recording;

import java.util.Objects;

/**
 * Samples a stream did not deliver, in the stream's sample-index space.
 *
 * @param firstIndex index of the first missing sample (0 = the stream's first sample)
 * @param count      number of missing samples, at least 1
 * @param cause      why they are missing (e.g. a {@code GapCause} name), or "" if not known
 */
public record Gap(long firstIndex, long count, String cause) {

    public Gap {
        Objects.requireNonNull(cause, "cause");
        if (firstIndex < 0) {
            throw new IllegalArgumentException("gap first index must not be negative, was " + firstIndex);
        }
        if (count < 1) {
            throw new IllegalArgumentException("gap at index " + firstIndex + " must miss at least 1 sample, was " + count);
        }
    }

    /** Index just after the gap. */
    public long endIndex() {
        return firstIndex + count;
    }
}
