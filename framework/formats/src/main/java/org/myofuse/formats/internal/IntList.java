package org.myofuse.formats.internal;

import java.util.Arrays;

/** A growable list of ints without boxing; for importers that keep one counter per row. */
public final class IntList {

    private int[] values = new int[1024];
    private int size;

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public int get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return values[i];
    }

    public int size() {
        return size;
    }

    /** The largest value, or -1 if empty. */
    public int max() {
        int max = -1;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }
}
