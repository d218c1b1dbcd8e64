package org.myofuse.console.ui;

/**
 * The newest {@code capacity} events of one kind on the session timeline, preallocated: time, value,
 * and the source (a reference to the fusion's own String, never copied). UI thread only.
 */
final class EventLog {

    private final long[] nanos;
    private final double[] values;
    private final String[] sources;
    private long count;

    EventLog(int capacity) {
        nanos = new long[capacity];
        values = new double[capacity];
        sources = new String[capacity];
    }

    void add(long atNanos, double value, String source) {
        int i = (int) (count % nanos.length);
        nanos[i] = atNanos;
        values[i] = value;
        sources[i] = source;
        count++;
    }

    /** Events kept, at most the capacity. */
    int size() {
        return (int) Math.min(count, nanos.length);
    }

    /** Events added since the start. */
    long total() {
        return count;
    }

    /** The {@code age}-th newest event's fields (0 = newest). */
    long nanos(int age) {
        return nanos[index(age)];
    }

    double value(int age) {
        return values[index(age)];
    }

    String source(int age) {
        return sources[index(age)];
    }

    private int index(int age) {
        return (int) ((count - 1 - age) % nanos.length);
    }
}
