package org.myofuse.formats.openbci;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.recording.Gap;

/**
 * Finds lost samples from a wrapping board sample counter (0..modulus-1): a jump of more than one
 * step means the samples in between never reached the GUI. Losses of a whole wrap or more cannot be
 * seen this way.
 */
final class IndexGaps {

    private final int modulus;
    private final List<Gap> gaps = new ArrayList<>();
    private long previous = -1;
    private long span;

    IndexGaps(int modulus) {
        this.modulus = modulus;
    }

    /** Records the counter of the next row; returns the row's index in the stream's sample-index space. */
    long next(long counter) {
        if (previous >= 0 && counter != previous) {
            long missing = Math.floorMod(counter - previous - 1, modulus);
            if (missing > 0) {
                gaps.add(new Gap(span, missing, "COUNTER_JUMP"));
                span += missing;
            }
        }
        previous = counter;
        return span++;
    }

    List<Gap> gaps() {
        return gaps;
    }
}
