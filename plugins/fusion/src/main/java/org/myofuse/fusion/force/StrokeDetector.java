package org.myofuse.fusion.force;

/**
 * Finds strokes in the tared normal force with hysteresis. A stroke is the run of samples above the
 * contact (end) threshold that rises above the start threshold; it is confirmed once it has lasted
 * the minimum duration, so a brush of the skin is not a stroke. Statistics run from the first
 * sample above the contact threshold, so the stroke's mean and duration include its rise and fall
 * rather than only the part above the start threshold.
 *
 * <p>Allocation-free per sample (a record per completed stroke). Not thread-safe.
 */
public final class StrokeDetector {

    /** What the last {@link #step} found. */
    public enum Change { NONE, STARTED, ENDED }

    private final double startN;
    private final double endN;
    private final long minSamples;
    private final double dt;
    private boolean contact;
    private boolean armed;
    private boolean confirmed;
    private long runStart;
    private long samples;
    private double sumNormal;
    private double sumShear;
    private double peakNormal;
    private double peakShear;
    private int count;
    private StrokeRecord last;

    /**
     * @param startN        normal force that makes a contact a stroke, N
     * @param endN          contact threshold: the stroke ends when the force falls to or below it, N
     * @param minDurationMs shortest stroke
     */
    public StrokeDetector(double startN, double endN, double minDurationMs, double sampleRateHz) {
        if (!(startN > endN) || endN < 0) {
            throw new IllegalArgumentException("stroke start threshold " + startN + " N must exceed the end threshold "
                    + endN + " N, which must not be negative");
        }
        this.startN = startN;
        this.endN = endN;
        this.minSamples = Math.max(1, Math.round(minDurationMs * sampleRateHz / 1000));
        this.dt = 1 / sampleRateHz;
    }

    public Change step(long index, double normalN, double shearN) {
        if (normalN <= endN) {
            return contact ? finish(index) : Change.NONE;
        }
        if (!contact) {
            contact = true;
            armed = false;
            confirmed = false;
            runStart = index;
            samples = 0;
            sumNormal = 0;
            sumShear = 0;
            peakNormal = 0;
            peakShear = 0;
        }
        samples++;
        sumNormal += normalN;
        sumShear += shearN;
        peakNormal = Math.max(peakNormal, normalN);
        peakShear = Math.max(peakShear, shearN);
        armed |= normalN > startN;
        if (armed && !confirmed && samples >= minSamples) {
            confirmed = true;
            return Change.STARTED;
        }
        return Change.NONE;
    }

    /** A gap ends any stroke in progress without recording it: its end is unknown. */
    public void interrupt() {
        contact = false;
        confirmed = false;
    }

    /** True between STARTED and ENDED. */
    public boolean inStroke() {
        return confirmed;
    }

    /** Start index of the stroke in progress or just ended. */
    public long startIndex() {
        return runStart;
    }

    /** The stroke that ENDED last, or null. */
    public StrokeRecord last() {
        return last;
    }

    private Change finish(long index) {
        contact = false;
        if (!confirmed) {
            return Change.NONE;
        }
        confirmed = false;
        last = new StrokeRecord(count++, runStart, index, samples * dt, peakNormal, sumNormal / samples, peakShear,
                sumShear / samples, sumNormal * dt);
        return Change.ENDED;
    }
}
