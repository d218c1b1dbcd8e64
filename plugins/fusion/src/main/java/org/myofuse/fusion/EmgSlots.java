package org.myofuse.fusion;

/**
 * Which of the fused frame's EMG channel slots are taken. An amplifier's channels take a contiguous
 * run of slots (first fit) while its stream is in the frames; the live engine gives them back when
 * the stream has closed and its last frame has gone out, so the number of EMG channels is bounded by
 * what is open at once, not by what was ever opened.
 *
 * <p>Allocation-free after construction. Not thread-safe (the engine's thread).
 */
final class EmgSlots {

    private final boolean[] taken;
    private int extent;

    EmgSlots(int slots) {
        this.taken = new boolean[slots];
    }

    int slots() {
        return taken.length;
    }

    /** Slots free now, contiguous or not. */
    int free() {
        int n = 0;
        for (boolean t : taken) {
            n += t ? 0 : 1;
        }
        return n;
    }

    /** Takes {@code n} contiguous slots; returns the first, or -1 when no run of {@code n} is free. */
    int take(int n) {
        int run = 0;
        for (int i = 0; i < taken.length; i++) {
            run = taken[i] ? 0 : run + 1;
            if (run == n) {
                int first = i - n + 1;
                java.util.Arrays.fill(taken, first, i + 1, true);
                extent = Math.max(extent, i + 1);
                return first;
            }
        }
        return -1;
    }

    /** Gives back the {@code n} slots from {@code first}. */
    void give(int first, int n) {
        java.util.Arrays.fill(taken, first, first + n, false);
        while (extent > 0 && !taken[extent - 1]) {
            extent--;
        }
    }

    /** One past the highest slot taken: the EMG channel count of a frame. */
    int extent() {
        return extent;
    }
}
