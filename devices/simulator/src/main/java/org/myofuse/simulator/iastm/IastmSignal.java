package org.myofuse.simulator.iastm;

import java.util.List;
import java.util.function.Supplier;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.lib.simulation.ScenarioSample;
import org.myofuse.lib.simulation.SplitMix64;
import org.myofuse.lib.simulation.TherapyScenario;
import org.myofuse.lib.simulation.script.Script;
import org.myofuse.lib.simulation.script.ScriptSample;
import org.myofuse.simulator.core.ChannelRange;
import org.myofuse.simulator.core.FrameSignal;

/**
 * Forces measured by a simulated IASTM tool: the scenario's normal force on Fz, friction-like shear
 * along the stroke on Fy (cranial-caudal) with a small medio-lateral part on Fx from a per-stroke tool
 * angle, a linear tare drift and Gaussian noise. Frames are {@code Fx, Fy, Fz} in N.
 *
 * <p>Sign convention: force applied by the tool to the skin; Fz positive into the skin, Fy positive
 * cranial, Fx positive to the patient's right.
 *
 * <p>Scripted (a {@link Script} given), the tool follows the scripted therapist's strokes instead of
 * the fixed scenario's, each frame at its session time ({@link #anchor}); the sensor (friction, angle,
 * drift, noise) is the same.
 *
 * <p>A pure function of the settings and the sample index (no state across frames); scripted, of the
 * script as well.
 */
public final class IastmSignal extends FrameSignal {

    /** Frames per second. */
    public static final int SAMPLE_RATE_HZ = 1000;
    /** Index of Fx in a frame. */
    public static final int FX = 0;
    /** Index of Fy in a frame. */
    public static final int FY = 1;
    /** Index of Fz in a frame. */
    public static final int FZ = 2;

    private static final double RANGE_N = 50;
    private static final double RESOLUTION_N = 0.001;
    /** The three channels, in frame order. */
    public static final List<ChannelDescriptor> CHANNELS = List.of(
            channel("Fx", "tool shear, medio-lateral (+ right)"),
            channel("Fy", "tool shear, cranial-caudal (+ cranial)"),
            channel("Fz", "tool normal force (+ into the skin)"));

    private static final double FRICTION_VARIATION = 0.1;
    private static final double MAX_ANGLE_RAD = Math.toRadians(10);
    private static final double SHEAR_DRIFT_SHARE = 1.0 / 3;

    private final IastmSettings settings;
    private final TherapyScenario scenario;
    private final ScenarioSample now = new ScenarioSample();
    private final ChannelRange range = ChannelRange.of(CHANNELS.get(0));
    private final long frictionKey;
    private final long angleKey;
    private final long[] noiseKeys = new long[3];
    private final double[] driftPerSecond = new double[3];
    private final Supplier<Script> script;
    private final ScriptSample scripted = new ScriptSample();

    /** The tool of the fixed scenario. */
    public IastmSignal(IastmSettings settings) {
        this(settings, null);
    }

    /**
     * @param script the current script of the scripted therapist, read for every frame; null to play the
     *               fixed scenario
     */
    public IastmSignal(IastmSettings settings, Supplier<Script> script) {
        super(CHANNELS.size(), SAMPLE_RATE_HZ, false);
        this.settings = settings;
        this.script = script;
        this.scenario = new TherapyScenario(settings.scenario());
        this.frictionKey = SplitMix64.key(settings.seed(), 10);
        this.angleKey = SplitMix64.key(settings.seed(), 11);
        for (int c = 0; c < 3; c++) {
            noiseKeys[c] = SplitMix64.key(settings.seed(), 20 + c);
        }
        double perSecond = settings.tareDriftNPerMin() / 60;
        driftPerSecond[FZ] = perSecond;
        // the shear bridges drift less; their sign is the sensor's own
        driftPerSecond[FX] = perSecond * SHEAR_DRIFT_SHARE * sign(SplitMix64.key(settings.seed(), 30));
        driftPerSecond[FY] = perSecond * SHEAR_DRIFT_SHARE * sign(SplitMix64.key(settings.seed(), 31));
    }

    public IastmSettings settings() {
        return settings;
    }

    /** The treatment model this tool follows. */
    public TherapyScenario scenario() {
        return scenario;
    }

    /** Serial number derived from the sensor seed, stable for a given seed. */
    public String serialNumber() {
        return String.format("SIM-IASTM-%08X", SplitMix64.mix(settings.seed()) >>> 32);
    }

    /** True if the tool follows a script rather than the fixed scenario. */
    public boolean scripted() {
        return script != null;
    }

    @Override
    protected int frame(float[] out, int offset, long index) {
        double t = secondsAt(index);
        double normal;
        long k;
        int direction;
        if (script != null) {
            script.get().sample(sessionNanosAt(index), scripted);
            normal = scripted.normalForceN();
            k = scripted.strokeNumber();
            direction = scripted.direction();
        } else {
            scenario.sample(t, now);
            normal = now.normalForceN();
            k = now.strokeNumber();
            direction = now.direction();
        }
        double fx = 0;
        double fy = 0;
        if (normal > 0) {
            double shear = normal * settings.frictionRatio()
                    * (1 + FRICTION_VARIATION * SplitMix64.symmetric(frictionKey, k));
            double angle = MAX_ANGLE_RAD * SplitMix64.symmetric(angleKey, k);
            fx = shear * Math.sin(angle);
            fy = shear * Math.cos(angle) * direction;
        }
        return write(out, offset + FX, fx, t, index, FX)
                | write(out, offset + FY, fy, t, index, FY)
                | write(out, offset + FZ, normal, t, index, FZ);
    }

    private int write(float[] out, int at, double force, double t, long index, int channel) {
        double value = force + driftPerSecond[channel] * t
                + settings.noiseN() * SplitMix64.gaussian(noiseKeys[channel], index);
        out[at] = range.sample(value);
        return range.quality(value);
    }

    private static double sign(long bits) {
        return bits < 0 ? -1 : 1;
    }

    private static ChannelDescriptor channel(String name, String site) {
        return new ChannelDescriptor(name, "N", SAMPLE_RATE_HZ, site, -RANGE_N, RANGE_N, RESOLUTION_N);
    }
}
