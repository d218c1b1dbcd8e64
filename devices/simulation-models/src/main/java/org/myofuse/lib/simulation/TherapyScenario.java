package org.myofuse.lib.simulation;

/**
 * The modelled treatment shared by the simulators: IASTM strokes along the lumbar and thoracolumbar
 * paraspinals, as a pure function of time. The IASTM tool reports its force, the EMG amplifier
 * answers it with guarding and the mat with withdrawal; because each evaluates this same function of
 * its own sample time, the three stay consistent without talking to each other (they agree to within
 * the skew of their start times, which the host keeps small by starting a session's devices together).
 * A simulator on the wire plays it the same way, its time 0 being the start command it received.
 *
 * <h2>Model</h2>
 * After a {@link #LEAD_IN_SECONDS} rest (the therapist places the tool; a tare window), stroke
 * {@code k} occupies the cycle {@code [k / rate, (k + 1) / rate)} and starts up to 10 % of the cycle
 * late. It lasts 60 % of the cycle: the normal force rises smoothly to the stroke's peak over the
 * first fifth, eases down to a plateau level over the middle three fifths and falls to zero over the
 * last fifth. The plateau level is chosen so that the stroke's mean is {@code meanForceN / peakForceN}
 * of its peak; each stroke's peak varies by up to +-8 % around {@code peakForceN}. Strokes alternate
 * direction (cranial, caudal) and are done in sets of {@link #STROKES_PER_SIDE} on one side, then the
 * other, over a 160 mm segment centred somewhere between L4 and T11.
 *
 * <p>Immutable and thread-safe.
 */
public final class TherapyScenario {

    /** Rest before the first stroke, s. */
    public static final double LEAD_IN_SECONDS = 3;
    /** Strokes done on one side before switching. */
    public static final int STROKES_PER_SIDE = 8;
    /** Part of the cycle the tool is on the skin. */
    public static final double DUTY = 0.6;
    /** Lowest ratio of mean to peak force the stroke profile can produce. */
    public static final double MIN_MEAN_TO_PEAK = 0.4;
    /** Highest ratio of mean to peak force the stroke profile can produce. */
    public static final double MAX_MEAN_TO_PEAK = 0.8;
    /** Distance of the stroke line from the spine, mm (over the erector spinae). */
    public static final double LATERAL_MM = 40;

    /** Latest start of a stroke after its cycle begins, as a share of the cycle. */
    public static final double START_JITTER = 0.1;
    /** Largest deviation of a stroke's peak from the typical peak, as a share of it. */
    public static final double PEAK_VARIATION = 0.08;
    /** Length of the spinal segment one stroke covers, mm. */
    public static final double SEGMENT_MM = 160;
    /** Lowest centre of a stroke's segment, mm above the L5 spinous process (about L4). */
    public static final double LOWEST_CENTRE_MM = 40;
    /** Highest centre of a stroke's segment, mm above the L5 spinous process (about T11). */
    public static final double HIGHEST_CENTRE_MM = 200;

    private final ScenarioSettings settings;
    private final double period;
    private final double duration;
    private final StrokeProfile profile;
    private final long jitterKey;
    private final long peakKey;
    private final long centreKey;

    public TherapyScenario(ScenarioSettings settings) {
        this.settings = settings;
        this.period = 1 / settings.strokeRateHz();
        this.duration = DUTY * period;
        this.profile = new StrokeProfile(settings.meanForceN() / settings.peakForceN());
        this.jitterKey = SplitMix64.key(settings.seed(), 1);
        this.peakKey = SplitMix64.key(settings.seed(), 2);
        this.centreKey = SplitMix64.key(settings.seed(), 3);
    }

    public ScenarioSettings settings() {
        return settings;
    }

    /** Writes the treatment state at time {@code t} (seconds from the first sample) into {@code out}. */
    public void sample(double t, ScenarioSample out) {
        double sinceLeadIn = t - LEAD_IN_SECONDS;
        if (sinceLeadIn < 0) {
            rest(out, -1);
            return;
        }
        long k = (long) Math.floor(sinceLeadIn / period);
        double u = (sinceLeadIn - k * period - strokeDelay(k)) / duration;
        if (u < 0) {
            k--;
            u = (sinceLeadIn - k * period - strokeDelay(k)) / duration;
        }
        if (k < 0) {
            rest(out, -1);
            return;
        }
        out.strokeNumber = k;
        out.side = side(k);
        out.direction = direction(k);
        out.lateralMm = out.side * LATERAL_MM;
        if (u >= 1) {
            rest(out, k);
            out.spinalLevelMm = segmentEnd(k);
            return;
        }
        out.active = true;
        out.phase = u;
        out.normalForceN = strokePeak(k) * profile.at(u);
        out.spinalLevelMm = segmentCentre(k) + out.direction * (u - 0.5) * SEGMENT_MM;
    }

    /** Normal force at time {@code t}, N. Convenience for tests and tools; allocates a holder. */
    public double normalForceN(double t) {
        ScenarioSample s = new ScenarioSample();
        sample(t, s);
        return s.normalForceN;
    }

    /** Start time of stroke {@code k} (contact), seconds. */
    public double strokeStart(long k) {
        return LEAD_IN_SECONDS + k * period + strokeDelay(k);
    }

    /** Duration of every stroke from contact to lift-off, seconds. */
    public double strokeDuration() {
        return duration;
    }

    /** Peak normal force of stroke {@code k}, N. */
    public double strokePeak(long k) {
        return settings.peakForceN() * (1 + PEAK_VARIATION * SplitMix64.symmetric(peakKey, k));
    }

    /** Treated side of stroke {@code k}: -1 left, +1 right. */
    public static int side(long k) {
        return (k / STROKES_PER_SIDE) % 2 == 0 ? -1 : 1;
    }

    /** Direction of stroke {@code k}: -1 caudal (even strokes), +1 cranial (odd strokes). */
    public static int direction(long k) {
        return k % 2 == 0 ? -1 : 1;
    }

    private double strokeDelay(long k) {
        return START_JITTER * period * SplitMix64.uniform(jitterKey, k);
    }

    private double segmentCentre(long k) {
        return LOWEST_CENTRE_MM + (HIGHEST_CENTRE_MM - LOWEST_CENTRE_MM) * SplitMix64.uniform(centreKey, k);
    }

    private double segmentEnd(long k) {
        return segmentCentre(k) + direction(k) * SEGMENT_MM / 2;
    }

    private static void rest(ScenarioSample out, long lastStroke) {
        out.strokeNumber = lastStroke;
        out.active = false;
        out.phase = 0;
        out.normalForceN = 0;
        if (lastStroke < 0) {
            out.side = 0;
            out.direction = 0;
            out.lateralMm = 0;
            out.spinalLevelMm = 0;
        }
    }
}
