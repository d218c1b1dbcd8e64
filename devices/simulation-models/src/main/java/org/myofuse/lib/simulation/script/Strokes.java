package org.myofuse.lib.simulation.script;

import org.myofuse.lib.simulation.Shapes;
import org.myofuse.lib.simulation.SplitMix64;
import org.myofuse.lib.simulation.StrokeProfile;
import org.myofuse.lib.simulation.TherapyScenario;

/**
 * Release: the therapist strokes at a steady rate and force, the scenario's strokes
 * ({@link TherapyScenario}: duty, start jitter, peak variation, profile, segment), numbered on from
 * the strokes before; now and then the patient guards during a stroke. A change of force or rate is a
 * new {@code Strokes} that takes over at a cycle boundary ({@link #nextCycle}), so no stroke is cut.
 */
final class Strokes extends Activity {

    /** Share of strokes the patient guards during, though the force is right. */
    static final double GUARDING_SHARE = 0.15;
    /** Strokes at the start of a release during which the patient does not guard yet. */
    private static final int UNGUARDED = 2;
    private static final double MIN_GUARDING_PCT = 20;
    private static final double MAX_GUARDING_PCT = 35;

    private final long firstStroke;
    private final double leadSeconds;
    private final double periodSeconds;
    private final double contactSeconds;
    private final double peakN;
    private final StrokeProfile profile;
    private final int side;
    private final double toleranceN;
    private final long jitterKey;
    private final long peakKey;
    private final long centreKey;
    private final long guardKey;

    /**
     * @param firstStroke number of this activity's first stroke in the run
     * @param leadSeconds time before the first cycle (placing the tool)
     * @param rateHz      strokes per second
     * @param meanN       mean normal force over a stroke's contact, N
     * @param peakN       typical peak normal force, N
     * @param side        -1 left, +1 right, 0 alternating in sets as the scenario does
     * @param toleranceN  the force the patient tolerates before guarding, N; NaN: the device's threshold
     * @param key         random stream key of the run's strokes (the same for every {@code Strokes} of a run)
     */
    Strokes(long startNanos, ScriptSample from, long firstStroke, double leadSeconds, double rateHz, double meanN,
            double peakN, int side, double toleranceN, long key) {
        super(startNanos, from);
        this.firstStroke = firstStroke;
        this.leadSeconds = leadSeconds;
        this.periodSeconds = 1 / rateHz;
        this.contactSeconds = TherapyScenario.DUTY * periodSeconds;
        this.peakN = peakN;
        this.profile = new StrokeProfile(Shapes.clamp(meanN / peakN, TherapyScenario.MIN_MEAN_TO_PEAK,
                TherapyScenario.MAX_MEAN_TO_PEAK));
        this.side = side;
        this.toleranceN = toleranceN;
        this.jitterKey = SplitMix64.key(key, 1);
        this.peakKey = SplitMix64.key(key, 2);
        this.centreKey = SplitMix64.key(key, 3);
        this.guardKey = SplitMix64.key(key, 4);
    }

    double rateHz() {
        return 1 / periodSeconds;
    }

    @Override
    void own(double s, ScriptSample out) {
        out.toleranceN = toleranceN;
        double since = s - leadSeconds;
        if (since < 0) {
            return;
        }
        long k = (long) Math.floor(since / periodSeconds);
        double u = (since - k * periodSeconds - delay(k)) / contactSeconds;
        if (u < 0) {
            k--;
            u = (since - k * periodSeconds - delay(k)) / contactSeconds;
        }
        if (k < 0) {
            return;
        }
        long n = firstStroke + k;
        out.strokeNumber = n;
        out.side = side != 0 ? side : TherapyScenario.side(n);
        out.direction = TherapyScenario.direction(n);
        out.lateralMm = out.side * TherapyScenario.LATERAL_MM;
        if (u >= 1) {
            out.spinalLevelMm = centre(n) + out.direction * TherapyScenario.SEGMENT_MM / 2;
            return;
        }
        out.toolActive = true;
        out.phase = u;
        out.normalForceN = peak(n) * profile.at(u);
        out.spinalLevelMm = centre(n) + out.direction * (u - 0.5) * TherapyScenario.SEGMENT_MM;
        out.guardingPct = guardingPct(n) * Shapes.bump(u);
    }

    /** The end of the stroke in contact at {@code nanos}, or {@code nanos} between strokes. */
    @Override
    long settle(long nanos) {
        double since = seconds(nanos - startNanos) - leadSeconds;
        if (since < 0) {
            return nanos;
        }
        long k = (long) Math.floor(since / periodSeconds);
        for (long j = Math.max(0, k - 1); j <= k; j++) {
            double contact = j * periodSeconds + delay(j);
            if (since >= contact && since < contact + contactSeconds) {
                return startNanos + nanos(leadSeconds + contact + contactSeconds);
            }
        }
        return nanos;
    }

    /** The first cycle boundary at or after {@code nanos}: no stroke is in contact there. */
    long nextCycle(long nanos) {
        return startNanos + nanos(leadSeconds + cyclesBefore(nanos) * periodSeconds);
    }

    /** Number of the first stroke of the cycle beginning at {@link #nextCycle}{@code (nanos)}. */
    long strokeAt(long nanos) {
        return firstStroke + cyclesBefore(nanos);
    }

    private long cyclesBefore(long nanos) {
        double since = seconds(nanos - startNanos) - leadSeconds;
        return since <= 0 ? 0 : (long) Math.ceil(since / periodSeconds - BOUNDARY_TOLERANCE);
    }

    private double delay(long k) {
        return TherapyScenario.START_JITTER * periodSeconds * SplitMix64.uniform(jitterKey, firstStroke + k);
    }

    private double peak(long n) {
        return peakN * (1 + TherapyScenario.PEAK_VARIATION * SplitMix64.symmetric(peakKey, n));
    }

    private double centre(long n) {
        return TherapyScenario.LOWEST_CENTRE_MM + (TherapyScenario.HIGHEST_CENTRE_MM
                - TherapyScenario.LOWEST_CENTRE_MM) * SplitMix64.uniform(centreKey, n);
    }

    private double guardingPct(long n) {
        if (n < UNGUARDED || SplitMix64.uniform(guardKey, 2 * n) >= GUARDING_SHARE) {
            return 0;
        }
        return MIN_GUARDING_PCT + (MAX_GUARDING_PCT - MIN_GUARDING_PCT) * SplitMix64.uniform(guardKey, 2 * n + 1);
    }
}
