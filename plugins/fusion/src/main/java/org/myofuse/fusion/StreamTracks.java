package org.myofuse.fusion;

/**
 * The tracks of the open streams, found by stream id without boxing: an open-addressing table of
 * primitive keys with linear probing, allocated once. Stream ids grow for as long as the host runs
 * (the bus never reuses one), so the table holds only what is open and gives a slot back when a
 * stream closes (backward-shift deletion, so no tombstones pile up over a long day).
 *
 * <p>Allocation-free after construction. Not thread-safe (the engine's thread).
 */
final class StreamTracks {

    private final int capacity;
    private final int mask;
    private final int[] keys;
    private final Track[] values;
    private int size;

    /** @param capacity the most tracks held at once */
    StreamTracks(int capacity) {
        this.capacity = capacity;
        // at most half full, so a probe stays short
        int length = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2;
        this.mask = length - 1;
        this.keys = new int[length];
        this.values = new Track[length];
    }

    /** The most tracks held at once. */
    int capacity() {
        return capacity;
    }

    int size() {
        return size;
    }

    /** The track of stream {@code id}, or null. */
    Track get(int id) {
        for (int i = home(id); ; i = (i + 1) & mask) {
            Track t = values[i];
            if (t == null || keys[i] == id) {
                return t;
            }
        }
    }

    /**
     * Adds the track of stream {@code id}, replacing one held under the same id.
     *
     * @return false, adding nothing, when {@link #capacity()} tracks are held already
     */
    boolean put(int id, Track track) {
        int i = home(id);
        while (values[i] != null && keys[i] != id) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            if (size == capacity) {
                return false;
            }
            size++;
        }
        keys[i] = id;
        values[i] = track;
        return true;
    }

    /** Removes the track of stream {@code id}; returns it, or null if none was held. */
    Track remove(int id) {
        int i = home(id);
        while (values[i] != null && keys[i] != id) {
            i = (i + 1) & mask;
        }
        Track removed = values[i];
        if (removed == null) {
            return null;
        }
        size--;
        // pull later entries of the probe run back over the hole unless they sit at or before their home
        for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = home(keys[j]);
            boolean stays = i <= j ? i < home && home <= j : i < home || home <= j;
            if (!stays) {
                keys[i] = keys[j];
                values[i] = values[j];
                i = j;
            }
        }
        values[i] = null;
        return removed;
    }

    private int home(int id) {
        // Fibonacci hashing: consecutive ids (as the bus assigns them) spread over the table
        return (id * 0x9E3779B9 >>> 16) & mask;
    }
}
