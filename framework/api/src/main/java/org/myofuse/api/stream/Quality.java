package org.myofuse.api.stream;

/**
 * Quality flags of a {@link SampleBlock}, combined as a bit set in {@link SampleBlock#quality()}.
 * Zero means a clean block.
 */
public final class Quality {

    /** At least one sample is at the channel's range limit (amplifier or ADC saturated). */
    public static final int CLIPPED = 1;
    /** The samples were produced by a simulator, not measured. */
    public static final int SIMULATED = 1 << 1;
    /** The decoder resynchronised right before this block. */
    public static final int RESYNCED = 1 << 2;
    /** The arrival time was estimated (e.g. from the nominal rate after a batch), not observed. */
    public static final int TIME_ESTIMATED = 1 << 3;
    /** The samples come from a file import or replay rather than a live device. */
    public static final int REPLAYED = 1 << 4;

    private Quality() {
    }

    /** True when {@code flags} has every bit of {@code flag} set. */
    public static boolean has(int flags, int flag) {
        return (flags & flag) == flag;
    }
}
