package org.myofuse.simulator.mat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.lib.simulation.SplitMix64;
import org.myofuse.lib.simulation.TherapyScenario;
import org.myofuse.lib.simulation.mat.MatPressureModel;
import org.myofuse.lib.simulation.script.Script;
import org.myofuse.lib.simulation.script.ScriptSample;
import org.myofuse.simulator.core.ChannelRange;
import org.myofuse.simulator.core.FrameSignal;

/**
 * Cell pressures of the simulated 32 x 32 mat, kPa at 100 Hz: the shared patient model
 * ({@link MatPressureModel}: body weight on the posture's contact areas, sway, weight shifts,
 * withdrawal from the modelled strokes) on the posture's mat, as the mat's converter reports it:
 * limited to 0-400 kPa (a block with a cell beyond is CLIPPED) and rounded to 0.1 kPa.
 *
 * <p>Scripted (a {@link Script} given), the patient follows the script instead of the fixed scenario,
 * each frame at its session time ({@link #anchor}): the centre of pressure moves as far towards the
 * script's target as it says and circles about it when the hold is unsteady, weight shifts pause when
 * it says, and a supine patient withdraws from the scripted strokes beyond what the patient tolerates.
 *
 * <p>A pure function of the settings and the sample index; scripted, of the script as well.
 */
public final class MatSignal extends FrameSignal {

    /** Frames per second. */
    public static final int SAMPLE_RATE_HZ = 100;
    public static final int ROWS = 32;
    public static final int COLUMNS = 32;
    /** Highest pressure a cell reports, kPa. */
    public static final double MAX_KPA = 400;
    /** Pressure step, kPa. */
    public static final double RESOLUTION_KPA = 0.1;
    /** The cells r00c00 .. r31c31, row-major, in frame order. */
    public static final List<ChannelDescriptor> CHANNELS = channelList();

    /** Force above the threshold at which withdrawal is complete, N. */
    public static final double FULL_WITHDRAWAL_ABOVE_N = MatPressureModel.FULL_WITHDRAWAL_ABOVE_N;
    /** Delay from the stroke force to the withdrawal, s. */
    public static final double WITHDRAWAL_LATENCY_SECONDS = MatPressureModel.WITHDRAWAL_LATENCY_SECONDS;

    private static final long WITHDRAWAL_LATENCY_NANOS = Math.round(WITHDRAWAL_LATENCY_SECONDS * 1e9);
    /** Frequencies of an unsteady hold's circling, Hz (a balance correction a second or so). */
    private static final double WOBBLE_X_HZ = 1.6;
    private static final double WOBBLE_Y_HZ = 1.3;

    private final MatSettings settings;
    private final MatPressureModel model;
    private final ChannelRange range = ChannelRange.of(CHANNELS.get(0));
    private final double[] kpa = new double[ROWS * COLUMNS];
    private final Supplier<Script> script;
    private final ScriptSample scriptNow = new ScriptSample();
    private final ScriptSample scriptDelayed = new ScriptSample();

    /** The patient of the fixed scenario. */
    public MatSignal(MatSettings settings) {
        this(settings, null);
    }

    /**
     * @param script the current script of the scripted patient, read for every frame; null to play the
     *               fixed scenario
     */
    public MatSignal(MatSettings settings, Supplier<Script> script) {
        super(ROWS * COLUMNS, SAMPLE_RATE_HZ, false);
        this.settings = settings;
        this.script = script;
        this.model = new MatPressureModel(settings.patient(), settings.posture().grid(), SAMPLE_RATE_HZ);
    }

    public MatSettings settings() {
        return settings;
    }

    /** The mat geometry of this posture. */
    public GridLayout grid() {
        return model.grid();
    }

    /** The treatment model this patient responds to. */
    public TherapyScenario scenario() {
        return model.scenario();
    }

    /** Total load on the mat, N. */
    public double weightN() {
        return model.weightN();
    }

    /** Centre of pressure of the neutral stance, mm from the mat centre (x right, y anterior). */
    public double neutralCopXmm() {
        return model.neutralCopXmm();
    }

    /** See {@link #neutralCopXmm()}. */
    public double neutralCopYmm() {
        return model.neutralCopYmm();
    }

    /** Serial number derived from the sensor seed, stable for a given seed. */
    public String serialNumber() {
        return String.format("SIM-MAT-%08X", SplitMix64.mix(settings.seed()) >>> 32);
    }

    /** Weight-shift offset of the centre of pressure at time {@code t}, x component, mm. */
    public double shiftXmm(double t) {
        return model.shiftXmm(t);
    }

    /** Weight-shift offset of the centre of pressure at time {@code t}, y component, mm. */
    public double shiftYmm(double t) {
        return model.shiftYmm(t);
    }

    @Override
    protected int frame(float[] out, int offset, long index) {
        if (script != null) {
            scriptedPressures(index);
        } else {
            model.pressures(index, kpa);
        }
        int quality = 0;
        for (int i = 0; i < kpa.length; i++) {
            out[offset + i] = range.sample(kpa[i]);
            quality |= range.quality(kpa[i]);
        }
        return quality;
    }

    /** True if the patient follows a script rather than the fixed scenario. */
    public boolean scripted() {
        return script != null;
    }

    private void scriptedPressures(long index) {
        long now = sessionNanosAt(index);
        Script plan = script.get();
        plan.sample(now, scriptNow);
        plan.sample(now - WITHDRAWAL_LATENCY_NANOS, scriptDelayed);
        double reach = scriptNow.reach();
        double dx = Double.isNaN(scriptNow.copXmm()) ? 0 : reach * (scriptNow.copXmm() - model.neutralCopXmm());
        double dy = Double.isNaN(scriptNow.copYmm()) ? 0 : reach * (scriptNow.copYmm() - model.neutralCopYmm());
        double wobble = scriptNow.wobbleMm();
        if (wobble > 0) {
            double t = now * 1e-9;
            dx += wobble * Math.sin(2 * Math.PI * WOBBLE_X_HZ * t);
            dy += wobble * Math.cos(2 * Math.PI * WOBBLE_Y_HZ * t);
        }
        // withdrawal is a stronger response than guarding: a newton beyond what the patient tolerates
        double tolerance = scriptDelayed.toleranceN();
        double threshold = Double.isNaN(tolerance) ? settings.withdrawalThresholdN() : tolerance + 1;
        model.pressures(index, dx, dy, scriptNow.weightShifts(), scriptDelayed.normalForceN(), scriptDelayed.side(),
                threshold, kpa);
    }

    private static List<ChannelDescriptor> channelList() {
        var list = new ArrayList<ChannelDescriptor>(ROWS * COLUMNS);
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                list.add(new ChannelDescriptor(String.format("r%02dc%02d", r, c), "kPa", SAMPLE_RATE_HZ,
                        "mat cell, row " + r + ", column " + c, 0, MAX_KPA, RESOLUTION_KPA));
            }
        }
        return List.copyOf(list);
    }
}
