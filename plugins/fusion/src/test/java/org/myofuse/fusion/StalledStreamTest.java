package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;

/**
 * A stream that goes silent without a gap or a close (a stalled USB transfer): after the stall
 * timeout, measured on the other streams' data, frames go on with its values missing, and they come
 * back when it catches up. The mat (stream 2) is held over 10-13 s of its data until the other
 * streams have reached 13.5 s.
 */
class StalledStreamTest {

    private static final double SECONDS = 20;
    private static final ScenarioSettings SCENARIO = new ScenarioSettings(42, 0.5, 6, 9);

    private static List<String> run(Map<String, Object> config, SimulatedSession.Hold hold, long wallPauseMs) {
        FusionEngine engine = new FusionEngine(SimulatedSession.config(config));
        List<String> out = SimulatedSession.record(engine);
        SimulatedSession.feed(engine, List.of(
                SimulatedSession.tool(0, new IastmSignal(new IastmSettings(SCENARIO, 3, 0.3, 0.05, 0.02))),
                SimulatedSession.emg(1, new EmgSignal(new EmgSettings(SCENARIO, 1, 4, 1.5, 50, 8, 2, 40, 7, 25, 120))),
                SimulatedSession.mat(2, new MatSignal(new MatSettings(SCENARIO, 1, Posture.SUPINE, 70, 4, 30, 15, 8, 20, 0.2)))),
                SECONDS, 3, hold, wallPauseMs);
        return out;
    }

    private static List<double[]> frames(List<String> out) {
        return out.stream().filter(s -> s.startsWith("F ")).map(s -> {
            String[] f = s.split(" ");
            return new double[] {Long.parseLong(f[1]) / 1e9, Double.parseDouble(f[2]), Double.parseDouble(f[4]), Double.parseDouble(f[6])};
        }).toList();
    }

    private static void assertEvery10Ms(List<double[]> frames) {
        for (int i = 1; i < frames.size(); i++) {
            assertEquals(0.01, frames.get(i)[0] - frames.get(i - 1)[0], 1e-9, "no frame missing at " + frames.get(i)[0] + " s");
        }
    }

    @Test
    void shouldGoOnWithoutTheSilentStreamAfterTheTimeoutAndTakeItBackWhenItCatchesUp() {
        List<double[]> frames = frames(run(Map.of(), new SimulatedSession.Hold(2, 10, 13, 13.5), 0));
        assertEvery10Ms(frames);
        assertTrue(frames.get(frames.size() - 1)[0] > SECONDS - 0.05, "frames to the end");
        for (double[] f : frames) {
            double t = f[0];
            if (t > 1.5 && t < 9.95 || t > 13.8 && t < SECONDS - 0.05) {
                assertFalse(Double.isNaN(f[2]), "the mat is in the frame at " + t + " s");
            }
            if (t > 10.05 && t < 13.3) {
                // 50 ms of margin: the last mat block before the hold may end up to one block short of 10 s
                assertTrue(Double.isNaN(f[2]), "the silent mat is missing at " + t + " s");
                assertFalse(Double.isNaN(f[1]) || Double.isNaN(f[3]), "force and EMG go on at " + t + " s");
            }
        }
    }

    @Test
    void shouldDecideOnDataTimeSoAPauseOfTheHostChangesNothing() {
        var hold = new SimulatedSession.Hold(2, 10, 13, 13.5);
        assertEquals(run(Map.of(), hold, 0), run(Map.of(), hold, 600),
                "600 ms of wall time standing still while the mat is silent");
    }

    @Test
    void shouldWaitForASilentStreamWhenTheTimeoutIsOff() {
        List<double[]> frames = frames(run(Map.of("stallTimeoutMs", 0.0), new SimulatedSession.Hold(2, 10, 13, 13.5), 0));
        assertEvery10Ms(frames);
        for (double[] f : frames) {
            if (f[0] > 1.5 && f[0] < SECONDS - 0.05) {
                assertFalse(Double.isNaN(f[2]), "held back, the frames carry the mat at " + f[0] + " s");
            }
        }
    }

    @Test
    void shouldStartTheFramesWithoutAStreamThatOpenedButNeverSentAnything() {
        List<double[]> frames = frames(run(Map.of(), new SimulatedSession.Hold(2, 0, SECONDS, SECONDS + 1), 0));
        assertEvery10Ms(frames);
        assertTrue(frames.get(0)[0] < 0.05, "frames from the start: " + frames.get(0)[0]);
        double[] mid = frames.stream().filter(f -> Math.abs(f[0] - 5) < 0.005).findFirst().orElseThrow();
        assertTrue(Double.isNaN(mid[2]) && !Double.isNaN(mid[1]) && !Double.isNaN(mid[3]), "force and EMG without the mat at 5 s");
    }
}
