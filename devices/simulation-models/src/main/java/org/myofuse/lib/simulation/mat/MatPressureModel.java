package org.myofuse.lib.simulation.mat;

import java.util.Arrays;

import org.myofuse.api.device.GridLayout;
import org.myofuse.lib.simulation.Check;
import org.myofuse.lib.simulation.ScenarioSample;
import org.myofuse.lib.simulation.Shapes;
import org.myofuse.lib.simulation.SmoothNoise;
import org.myofuse.lib.simulation.SplitMix64;
import org.myofuse.lib.simulation.TherapyScenario;

/**
 * Pressure under a standing or supine patient on a mat of any geometry, kPa per cell, frame by frame.
 *
 * <p>The whole body weight ({@code bodyMassKg * g}) rests on the four load groups of the posture's
 * contact model (heels, forefeet ...; or head, scapulae, buttocks ...). Each frame the model picks a
 * target centre of pressure, the neutral one plus
 * <ul>
 * <li>sway: two slow sinusoids (0.11 and 0.27 Hz) and a smooth random wander, at most {@code swayMm};</li>
 * <li>weight shifts: every {@code weightShiftIntervalS} the patient moves to a new offset
 * {@code weightShiftMm} from neutral in a random direction, over {@link #SHIFT_SECONDS};</li>
 * <li>withdrawal (supine only): while the scenario's stroke force, {@link #WITHDRAWAL_LATENCY_SECONDS}
 * earlier, exceeds {@code withdrawalThresholdN}, a sideways shift away from the treated side, full
 * ({@code withdrawalMm}) {@link #FULL_WITHDRAWAL_ABOVE_N} above the threshold;</li>
 * </ul>
 * and splits the weight between the groups so that their centre of pressure is that target. Loaded
 * cells get Gaussian noise (fading out below four times its RMS, like a sensing threshold; cut at 0).
 * The body is centred on the mat; cells beyond it read 0, body parts beyond the mat are not seen.
 *
 * <p>The pressures are true values: a device quantises them as its converter does (the {@code sim-mat}
 * device to 0.1 kPa up to 400 kPa, the wire mat to its counts).
 *
 * <p>Frame {@code n} is at {@code n / frameRateHz} seconds on the scenario's clock, and its pressures
 * are a pure function of the settings, the grid, the rate and {@code n}: two models built alike give
 * the same frames, whatever was asked before. Not thread-safe (it keeps scratch state): one per thread.
 */
public final class MatPressureModel {

    /** Standard gravity, m/s^2. */
    public static final double GRAVITY = 9.80665;
    /** Time a weight shift takes, s. */
    public static final double SHIFT_SECONDS = 1.5;
    /** Force above the threshold at which withdrawal is complete, N. */
    public static final double FULL_WITHDRAWAL_ABOVE_N = 2;
    /** Delay from the stroke force to the withdrawal, s. */
    public static final double WITHDRAWAL_LATENCY_SECONDS = 0.25;

    /** Least share of the weight on a side or an end, however far the target lies. */
    private static final double LIMIT = 0.02;
    private static final double NOISE_FADE_SIGMAS = 4;

    private final PatientSettings settings;
    private final GridLayout grid;
    private final double frameRateHz;
    private final ContactModel contacts;
    private final TherapyScenario scenario;
    private final ScenarioSample stroke = new ScenarioSample();
    private final double weightN;
    private final double neutralX;
    private final double neutralY;
    private final int[] loadedCells;
    private final double[] groupForce = new double[ContactModel.GROUPS];
    private final SmoothNoise wanderX;
    private final SmoothNoise wanderY;
    private final double[] swayPhase = new double[4];
    private final long shiftKey;
    private final long noiseKey;

    /**
     * @param settings    the patient
     * @param grid        the mat, centred under the body
     * @param frameRateHz frames per second
     * @throws IllegalArgumentException if the rate is not positive
     */
    public MatPressureModel(PatientSettings settings, GridLayout grid, double frameRateHz) {
        if (!(frameRateHz > 0)) {
            throw new IllegalArgumentException("frame rate " + Check.format(frameRateHz) + " Hz: must be positive");
        }
        this.settings = settings;
        this.grid = grid;
        this.frameRateHz = frameRateHz;
        this.contacts = ContactModel.of(settings.posture(), grid);
        this.scenario = new TherapyScenario(settings.scenario());
        this.weightN = settings.bodyMassKg() * GRAVITY;
        this.loadedCells = loadedCells(contacts);
        long seed = settings.seed();
        this.wanderX = new SmoothNoise(SplitMix64.key(seed, 500), 2.0);
        this.wanderY = new SmoothNoise(SplitMix64.key(seed, 501), 2.0);
        for (int i = 0; i < swayPhase.length; i++) {
            swayPhase[i] = 2 * Math.PI * SplitMix64.uniform(SplitMix64.key(seed, 502), i);
        }
        this.shiftKey = SplitMix64.key(seed, 510);
        this.noiseKey = SplitMix64.key(seed, 520);
        this.neutralX = copX(0.5, contacts.anteriorShare());
        this.neutralY = copY(0.5, contacts.anteriorShare());
    }

    public PatientSettings settings() {
        return settings;
    }

    /** The mat. */
    public GridLayout grid() {
        return grid;
    }

    /** The treatment this patient responds to. */
    public TherapyScenario scenario() {
        return scenario;
    }

    /** The body's weight, N: the load on a mat that covers the body. */
    public double weightN() {
        return weightN;
    }

    /** Centre of pressure of the neutral stance, mm from the mat centre (x right, y anterior). */
    public double neutralCopXmm() {
        return neutralX;
    }

    /** See {@link #neutralCopXmm()}. */
    public double neutralCopYmm() {
        return neutralY;
    }

    /** Weight-shift offset of the centre of pressure at time {@code t}, x component, mm. */
    public double shiftXmm(double t) {
        return shift(t, true);
    }

    /** Weight-shift offset of the centre of pressure at time {@code t}, y component, mm. */
    public double shiftYmm(double t) {
        return shift(t, false);
    }

    /**
     * Writes the pressure of every cell in frame {@code frame}, row-major, kPa (0 or more), into
     * {@code kpa[0 .. cells - 1]}. Allocates nothing.
     *
     * @throws IllegalArgumentException if the frame is negative
     * @throws ArrayIndexOutOfBoundsException if {@code kpa} has fewer than {@code grid().cells()} places
     */
    public void pressures(long frame, double[] kpa) {
        checkFrame(frame);
        double t = frame / frameRateHz;
        fill(frame, neutralX + swayX(t) + shift(t, true) + withdrawalX(t), neutralY + swayY(t) + shift(t, false), kpa);
    }

    /**
     * Writes the pressures of frame {@code frame} for a patient whom a script moves instead of the fixed
     * scenario: the centre of pressure is the neutral one plus sway, plus the weight shifts only when
     * {@code weightShifts}, plus the given offset, plus (supine) the withdrawal from a stroke of
     * {@code strokeForceN} on side {@code strokeSide} above {@code withdrawalThresholdN} (the caller
     * applies {@link #WITHDRAWAL_LATENCY_SECONDS}). Allocates nothing.
     *
     * @param offsetXmm            centre-of-pressure offset the patient holds, mm (x right)
     * @param offsetYmm            see {@code offsetXmm} (y anterior)
     * @param weightShifts         whether the patient's occasional weight shifts go on (not while standing quietly)
     * @param strokeForceN         normal force of the stroke the patient responds to, N; 0 when none
     * @param strokeSide           side of that stroke: -1 left, +1 right
     * @param withdrawalThresholdN the force the patient withdraws from, N (the settings' threshold for the
     *                             fixed scenario)
     * @throws IllegalArgumentException if the frame is negative
     */
    public void pressures(long frame, double offsetXmm, double offsetYmm, boolean weightShifts, double strokeForceN,
            int strokeSide, double withdrawalThresholdN, double[] kpa) {
        checkFrame(frame);
        double t = frame / frameRateHz;
        double x = neutralX + swayX(t) + offsetXmm + withdrawal(strokeForceN, strokeSide, withdrawalThresholdN);
        double y = neutralY + swayY(t) + offsetYmm;
        if (weightShifts) {
            x += shift(t, true);
            y += shift(t, false);
        }
        fill(frame, x, y, kpa);
    }

    private static void checkFrame(long frame) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame must not be negative, was " + frame);
        }
    }

    /** The cells of frame {@code frame} for the centre of pressure (x, y). */
    private void fill(long frame, double x, double y, double[] kpa) {
        int cells = grid.cells();
        Arrays.fill(kpa, 0, cells, 0);
        splitWeight(x, y);
        double[] al = contacts.pattern(ContactModel.ANTERIOR_LEFT);
        double[] ar = contacts.pattern(ContactModel.ANTERIOR_RIGHT);
        double[] pl = contacts.pattern(ContactModel.POSTERIOR_LEFT);
        double[] pr = contacts.pattern(ContactModel.POSTERIOR_RIGHT);
        for (int i : loadedCells) {
            double p = groupForce[ContactModel.ANTERIOR_LEFT] * al[i] + groupForce[ContactModel.ANTERIOR_RIGHT] * ar[i]
                    + groupForce[ContactModel.POSTERIOR_LEFT] * pl[i] + groupForce[ContactModel.POSTERIOR_RIGHT] * pr[i];
            kpa[i] = Math.max(0, p + noise(p) * SplitMix64.gaussian(noiseKey, frame * cells + i));
        }
    }

    /**
     * Noise RMS of a cell under {@code kpa}: the set noise, fading out on barely loaded cells as a
     * sensing threshold does. Cut at zero, full noise there would add load on average.
     */
    private double noise(double kpa) {
        double full = settings.noiseKpa();
        return full == 0 ? 0 : full * Shapes.smoothStep(kpa / (NOISE_FADE_SIGMAS * full));
    }

    private double swayX(double t) {
        double s = 0.35 * Math.sin(2 * Math.PI * 0.11 * t + swayPhase[0])
                + 0.25 * Math.sin(2 * Math.PI * 0.27 * t + swayPhase[1]) + 0.4 * wanderX.at(t);
        return settings.swayMm() * s;
    }

    private double swayY(double t) {
        double s = 0.35 * Math.sin(2 * Math.PI * 0.11 * t + swayPhase[2])
                + 0.25 * Math.sin(2 * Math.PI * 0.27 * t + swayPhase[3]) + 0.4 * wanderY.at(t);
        return settings.swayMm() * s;
    }

    /** Offset of the current weight shift, blending from the previous one at the start of each interval. */
    private double shift(double t, boolean x) {
        double interval = settings.weightShiftIntervalS();
        long k = (long) Math.floor(t / interval);
        double blend = Shapes.smoothStep((t - k * interval) / SHIFT_SECONDS);
        double from = shiftTarget(k - 1, x);
        return from + (shiftTarget(k, x) - from) * blend;
    }

    /** Offset held during interval {@code k}; neutral before the first shift. */
    private double shiftTarget(long k, boolean x) {
        if (k <= 0) {
            return 0;
        }
        double angle = 2 * Math.PI * SplitMix64.uniform(shiftKey, k);
        return settings.weightShiftMm() * (x ? Math.cos(angle) : Math.sin(angle));
    }

    private double withdrawalX(double t) {
        if (settings.posture() != BodyPosture.SUPINE) {
            return 0;
        }
        scenario.sample(t - WITHDRAWAL_LATENCY_SECONDS, stroke);
        return withdrawal(stroke.normalForceN(), stroke.side(), settings.withdrawalThresholdN());
    }

    /**
     * Sideways centre-of-pressure shift of a supine patient from a stroke of {@code forceN} on
     * {@code side}, mm; 0 standing or below {@code thresholdN}.
     */
    private double withdrawal(double forceN, int side, double thresholdN) {
        double excess = forceN - thresholdN;
        if (settings.posture() != BodyPosture.SUPINE || excess <= 0) {
            return 0;
        }
        // away from the tool: a stroke on the left (side -1) moves the weight right
        return -side * settings.withdrawalMm() * Shapes.smoothStep(excess / FULL_WITHDRAWAL_ABOVE_N);
    }

    /**
     * Splits the weight between the four groups so that their centre of pressure is (x, y): the
     * right share and the anterior share are solved in turn, each exactly given the other; the
     * coupling is weak (the groups sit almost on a rectangle), so a few rounds converge.
     */
    private void splitWeight(double x, double y) {
        double right = 0.5;
        double anterior = contacts.anteriorShare();
        for (int round = 0; round < 4; round++) {
            double left = copXOfSide(anterior, false);
            double rightX = copXOfSide(anterior, true);
            right = Shapes.clamp((x - left) / (rightX - left), LIMIT, 1 - LIMIT);
            double back = copYOfEnd(right, false);
            double front = copYOfEnd(right, true);
            anterior = Shapes.clamp((y - back) / (front - back), LIMIT, 1 - LIMIT);
        }
        groupForce[ContactModel.ANTERIOR_LEFT] = weightN * (1 - right) * anterior;
        groupForce[ContactModel.ANTERIOR_RIGHT] = weightN * right * anterior;
        groupForce[ContactModel.POSTERIOR_LEFT] = weightN * (1 - right) * (1 - anterior);
        groupForce[ContactModel.POSTERIOR_RIGHT] = weightN * right * (1 - anterior);
    }

    private double copX(double rightShare, double anteriorShare) {
        return (1 - rightShare) * copXOfSide(anteriorShare, false) + rightShare * copXOfSide(anteriorShare, true);
    }

    private double copY(double rightShare, double anteriorShare) {
        return (1 - anteriorShare) * copYOfEnd(rightShare, false) + anteriorShare * copYOfEnd(rightShare, true);
    }

    private double copXOfSide(double anteriorShare, boolean rightSide) {
        int a = rightSide ? ContactModel.ANTERIOR_RIGHT : ContactModel.ANTERIOR_LEFT;
        int p = rightSide ? ContactModel.POSTERIOR_RIGHT : ContactModel.POSTERIOR_LEFT;
        return anteriorShare * contacts.centroidX(a) + (1 - anteriorShare) * contacts.centroidX(p);
    }

    private double copYOfEnd(double rightShare, boolean anteriorEnd) {
        int l = anteriorEnd ? ContactModel.ANTERIOR_LEFT : ContactModel.POSTERIOR_LEFT;
        int r = anteriorEnd ? ContactModel.ANTERIOR_RIGHT : ContactModel.POSTERIOR_RIGHT;
        return (1 - rightShare) * contacts.centroidY(l) + rightShare * contacts.centroidY(r);
    }

    private static int[] loadedCells(ContactModel contacts) {
        int cells = contacts.grid().cells();
        int count = 0;
        int[] loaded = new int[cells];
        for (int i = 0; i < cells; i++) {
            boolean any = false;
            for (int g = 0; g < ContactModel.GROUPS; g++) {
                any |= contacts.pattern(g)[i] > 0;
            }
            if (any) {
                loaded[count++] = i;
            }
        }
        return Arrays.copyOf(loaded, count);
    }
}
