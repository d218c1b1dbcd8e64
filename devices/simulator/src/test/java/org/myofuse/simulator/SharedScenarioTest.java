package org.myofuse.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.GridLayout;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.emg.SimEmgConfig;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.iastm.SimIastmConfig;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;
import org.myofuse.simulator.mat.SimMatConfig;
import org.myofuse.simulator.testing.Configs;
import org.myofuse.simulator.testing.Signals;

/**
 * The three simulators configured alike model one treatment: the patient's responses on the EMG and
 * the mat line up with the force the IASTM tool reports, judged only from the devices' outputs.
 */
class SharedScenarioTest {

    private static final int SECONDS = 64;
    private static final Map<String, Object> SCENARIO = Map.of("scenarioSeed", 7L, "strokeRateHz", 0.6,
            "meanForceN", 6.5, "peakForceN", 9.5);

    /** The tool's normal force at 1 kHz, noise and drift switched off so thresholds are exact. */
    private static double[] toolForce() {
        var settings = new HashMap<String, Object>(SCENARIO);
        settings.put("noiseN", 0.0);
        settings.put("tareDriftNPerMin", 0.0);
        var tool = new IastmSignal(IastmSettings.of(Configs.with(SimIastmConfig.class, settings)));
        return Signals.channel(Signals.record(tool, 0, SECONDS * 1000, 10), 3, IastmSignal.FZ);
    }

    private static double forceAt(double[] force, double seconds) {
        int i = (int) Math.round(seconds * 1000);
        return i < 0 || i >= force.length ? 0 : force[i];
    }

    @Test
    void emgGuardsExactlyWhenTheToolPressesBeyondTheThresholdAfterTheLatency() {
        double[] force = toolForce();
        var settings = new HashMap<String, Object>(SCENARIO);
        settings.putAll(Map.of("voluntaryBurstsPerMin", 0.0, "guardingThresholdN", 7.0, "guardingLatencyMs", 150));
        var emg = new EmgSignal(EmgSettings.of(Configs.with(SimEmgConfig.class, settings)));
        float[] frames = Signals.record(emg, 0, SECONDS * 2000, 20);
        double guarding = 0;
        double quiet = 0;
        int guardingN = 0;
        int quietN = 0;
        for (int i = 2000; i < SECONDS * 2000; i++) {
            double f = forceAt(force, i / 2000.0 - 0.150);
            double paraspinals = 0;
            for (int c = 0; c < 4; c++) {
                double v = frames[i * 8 + c];
                paraspinals += v * v;
            }
            if (f > 8) {
                guarding += paraspinals;
                guardingN++;
            } else if (f < 6.5) {
                quiet += paraspinals;
                quietN++;
            }
        }
        double ratio = Math.sqrt(guarding / guardingN / (quiet / quietN));
        assertTrue(guardingN > 2000 && ratio > 3, "paraspinal RMS x" + ratio + " over " + guardingN + " samples");
    }

    @Test
    void supineMatWithdrawsExactlyWhenTheToolPressesBeyondItsThreshold() {
        double[] force = toolForce();
        var settings = new HashMap<String, Object>(SCENARIO);
        settings.putAll(Map.of("posture", Posture.SUPINE, "swayMm", 0.0, "weightShiftIntervalS", 600.0,
                "noiseKpa", 0.0, "withdrawalThresholdN", 7.5, "withdrawalMm", 25.0));
        var mat = new MatSignal(MatSettings.of(Configs.with(SimMatConfig.class, settings)));
        GridLayout grid = mat.grid();
        float[] frame = new float[1024];
        int withdrawn = 0;
        for (int n = 100; n < SECONDS * 100; n++) {
            mat.fill(frame, n, 1);
            double dx = copX(frame, grid) - mat.neutralCopXmm();
            double f = forceAt(force, n / 100.0 - MatSignal.WITHDRAWAL_LATENCY_SECONDS);
            if (f >= 7.5 + MatSignal.FULL_WITHDRAWAL_ABOVE_N) {
                assertEquals(25, Math.abs(dx), 1.0, "full withdrawal at " + n / 100.0 + " s");
                withdrawn++;
            } else if (f <= 7.5) {
                assertEquals(0, dx, 0.5, "no withdrawal at " + n / 100.0 + " s");
            }
        }
        assertTrue(withdrawn > 20, withdrawn + " frames of full withdrawal");
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
