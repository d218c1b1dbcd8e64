package org.myofuse.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.Severity;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.StepType;
import org.myofuse.api.protocol.Target;
import org.myofuse.api.protocol.Tone;
import org.myofuse.lib.simulation.EmgMontage;
import org.myofuse.lib.simulation.script.ScriptedSession;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.emg.SimEmgConfig;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.iastm.SimIastmConfig;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.SimMatConfig;
import org.myofuse.simulator.testing.Configs;
import org.myofuse.simulator.testing.Signals;

/**
 * The simulated devices played by the scripted therapist and patient, judged from the devices' own
 * samples as a consumer sees them: the force on the tool, the EMG amplitude of each muscle, the centre
 * of pressure on the mat. Each device's sample 0 is tied to the session time the step begins.
 */
class ScriptedSignalsTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 50 * SECOND;
    private static final double OPEN = Double.NaN;
    private static final int MULTIFIDUS = EmgMontage.indexOf("L_multifidus");
    private static final int ERECTOR = EmgMontage.indexOf("L_erector_spinae");

    private static StepState step(StepType type, String title, int repetitions, Target... targets) {
        return new StepState(3, 9, "step-" + type, type, title, "", List.of(targets), T0, OPEN, 0, repetitions,
                StepState.Awaiting.NOTHING);
    }

    private static RunState running(StepState step) {
        return new RunState("lumbar", "1.0.0", "S-1", RunState.Status.RUNNING, step, "");
    }

    private static Cue cue(long nanos, StepState step, String code, String text) {
        return new Cue(nanos, step.id(), Severity.INFO, code, text, "#0072B2", Tone.NONE);
    }

    private static Target band(String metric, double low, double high, double limit, String unit) {
        return new Target(metric, low, high, limit, unit, metric);
    }

    @Test
    void theToolPressesTooHardThenInTheBandAfterTheCue() {
        var session = new ScriptedSession(42);
        StepState release = step(StepType.RELEASE, "Release, thoracolumbar fascia right", 0,
                band("normalForce", 4, 8, 12, "N"));
        session.runStarted(running(release));
        session.cue(new Cue(T0 + 10 * SECOND, release.id(), Severity.ADVISORY, "pressure.less", "less pressure",
                "#E69F00", Tone.NONE));
        session.cue(new Cue(T0 + 16 * SECOND, release.id(), Severity.ADVISORY, "pressure.less", "less pressure",
                "#E69F00", Tone.NONE));
        var tool = new IastmSignal(IastmSettings.of(Configs.defaults(SimIastmConfig.class)), session::script);
        tool.anchor(0, T0);
        assertTrue(tool.scripted());
        double[] fz = Signals.channel(Signals.record(tool, 0, 40_000, 10), 3, IastmSignal.FZ);
        List<double[]> strokes = contacts(fz, 1000);
        double early = strokes.stream().filter(k -> k[0] < 10).mapToDouble(k -> k[1]).average().orElseThrow();
        double late = strokes.stream().filter(k -> k[0] > 20).mapToDouble(k -> k[1]).average().orElseThrow();
        assertTrue(early > 8, "too hard at first: " + early + " N");
        assertTrue(late > 4 && late < 8, "in the band after two cues: " + late + " N");
        assertTrue(strokes.stream().allMatch(k -> k[2] < 12), "never over the limit: " + strokes.stream().mapToDouble(k -> k[2]).max().orElseThrow());
        double[] fx = Signals.channel(Signals.record(tool, 0, 40_000, 10), 3, IastmSignal.FY);
        assertTrue(Signals.rms(fx) > 0.5, "shear along the strokes");
    }

    @Test
    void theAmplifierShowsTheMultifidusInItsBandOfTheMaximumItShowedInTheCalibration() {
        var session = new ScriptedSession(42);
        StepState mvcStep = step(StepType.CALIBRATION, "Maximum voluntary contraction", 0);
        session.runStarted(running(mvcStep));
        session.cue(cue(T0 + 3 * SECOND, mvcStep, "calibration.contract", "Contract as hard as possible"));
        session.cue(cue(T0 + 9 * SECOND, mvcStep, "calibration.relax", "Relax"));
        var emg = new EmgSignal(EmgSettings.of(Configs.with(SimEmgConfig.class, Map.of("humAmplitudeUv", 0.0))),
                session::script);
        emg.anchor(0, T0);
        float[] calibration = Signals.record(emg, 0, 15 * 2000, 20);
        double[] mvc = new double[EmgMontage.COUNT];
        for (int c = 0; c < mvc.length; c++) {
            mvc[c] = maxWindowRms(Signals.channel(calibration, 8, c), 2000);
            assertEquals(EmgMontage.MUSCLES.get(c).mvcUv(), mvc[c], 0.1 * EmgMontage.MUSCLES.get(c).mvcUv(),
                    "maximal contraction of " + EmgMontage.MUSCLES.get(c).name());
        }
        var feedback = new ScriptedSession(42);
        StepState hold = step(StepType.BIOFEEDBACK, "Multifidus activation", 6,
                band("emg:multifidus-left", 20, 40, OPEN, "%MVC"), band("emg:erector-spinae-left", OPEN, 15, OPEN, "%MVC"));
        feedback.runStarted(running(hold));
        feedback.cue(cue(T0 + 2 * SECOND, hold, "hold.start", "Hold (1 of 6)"));
        var held = new EmgSignal(EmgSettings.of(Configs.with(SimEmgConfig.class, Map.of("humAmplitudeUv", 0.0))),
                feedback::script);
        held.anchor(0, T0);
        float[] frames = Signals.record(held, 0, 20 * 2000, 20);
        double multifidus = Signals.rms(Signals.channel(frames, 8, MULTIFIDUS), 5 * 2000, 20 * 2000);
        double erector = Signals.rms(Signals.channel(frames, 8, ERECTOR), 5 * 2000, 20 * 2000);
        assertTrue(multifidus / mvc[MULTIFIDUS] > 0.2 && multifidus / mvc[MULTIFIDUS] < 0.4,
                "multifidus at " + 100 * multifidus / mvc[MULTIFIDUS] + " %MVC");
        assertTrue(erector / mvc[ERECTOR] < 0.15, "erector spinae at " + 100 * erector / mvc[ERECTOR] + " %MVC");
    }

    @Test
    void theMatShowsTheCentreOfPressureMovedBeyondTheDrillsReachEdge() {
        var session = new ScriptedSession(42);
        StepState drill = step(StepType.DRILL, "Weight shift to the left", 8, band("copX", OPEN, -40, OPEN, "mm"));
        session.runStarted(running(drill));
        for (int r = 0; r < 5; r++) {
            session.cue(cue(T0 + (6 * r + 1) * SECOND, drill, "hold.start", "Hold"));
            session.cue(cue(T0 + (6 * r + 4) * SECOND, drill, "rest.start", "Rest"));
        }
        var mat = new MatSignal(MatSettings.of(Configs.with(SimMatConfig.class, Map.of("swayMm", 1.0))), session::script);
        mat.anchor(0, T0);
        GridLayout grid = mat.grid();
        float[] frame = new float[1024];
        double least = Double.POSITIVE_INFINITY;
        int beyond = 0;
        for (int n = 0; n < 30 * 100; n++) {
            mat.fill(frame, n, 1);
            double x = copX(frame, grid);
            least = Math.min(least, x);
            beyond += x <= -40 ? 1 : 0;
        }
        assertEquals(-52, least, 5, "a good repetition takes the centre of pressure 12 mm beyond the edge");
        assertTrue(beyond > 400, beyond + " frames beyond it");
    }

    /** Strokes of a normal force sampled at {@code rate}: {start s, mean N, peak N} above 0.5 N. */
    private static List<double[]> contacts(double[] force, double rate) {
        List<double[]> list = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= force.length; i++) {
            boolean on = i < force.length && force[i] > 0.5;
            if (on && start < 0) {
                start = i;
            } else if (!on && start >= 0) {
                if (i - start > 100 && i < force.length) {
                    double sum = 0;
                    double peak = 0;
                    for (int j = start; j < i; j++) {
                        sum += force[j];
                        peak = Math.max(peak, force[j]);
                    }
                    list.add(new double[] {start / rate, sum / (i - start), peak});
                }
                start = -1;
            }
        }
        return list;
    }

    private static double maxWindowRms(double[] x, int window) {
        double best = 0;
        for (int from = 0; from + window <= x.length; from += window / 4) {
            best = Math.max(best, Signals.rms(x, from, from + window));
        }
        return best;
    }

    private static double copX(float[] cells, GridLayout grid) {
        double load = 0;
        double moment = 0;
        for (int i = 0; i < cells.length; i++) {
            double x = (i % grid.columns() - (grid.columns() - 1) / 2.0) * grid.columnPitchMm();
            load += cells[i];
            moment += cells[i] * x;
        }
        return moment / load;
    }
}
