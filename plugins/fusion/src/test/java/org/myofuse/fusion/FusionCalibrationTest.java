package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;

/** MVC and tare asked for from another thread, applied by the engine between blocks (FusionCalibration's contract). */
class FusionCalibrationTest {

    private static final ScenarioSettings SCENARIO = new ScenarioSettings(42, 0.5, 6, 9);

    /** Passes blocks on; before block {@code at} it runs {@code request} (as another thread's call would arrive). */
    private record Asking(FusionEngine engine, int at, Consumer<FusionEngine> request, int[] seen) implements StreamConsumer {
        @Override
        public void onStreamOpened(StreamInfo stream) {
            engine.onStreamOpened(stream);
        }

        @Override
        public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
            if (seen[0]++ == at) {
                request.accept(engine);
            }
            engine.onEvent(block, sequence, endOfBatch);
        }

        @Override
        public void onStreamClosed(StreamInfo stream, String reason) {
            engine.onStreamClosed(stream, reason);
        }
    }

    private record Frame(long t, double normal, double emg0, String unit0) {
    }

    private static List<Frame> frames(FusionEngine engine) {
        List<Frame> frames = new ArrayList<>();
        engine.addListener(new FusionListener() {
            @Override
            public void onFrame(FusedFrame f) {
                frames.add(new Frame(f.sessionNanos(), f.normalForceN(), f.emgChannels() > 0 ? f.emgEnvelope(0) : Double.NaN,
                        f.emgChannels() > 0 ? f.emgUnit(0) : ""));
            }
        });
        return frames;
    }

    @Test
    void anMvcAppliesFromTheNextFrameOnAndIsReportedForTheSessionRecord() {
        FusionEngine plain = new FusionEngine(FusionEngineTest.defaults());
        List<Frame> uv = frames(plain);
        SimulatedSession.feed(plain, List.of(SimulatedSession.emg(1, emg())), 6, 1, null);

        FusionEngine engine = new FusionEngine(FusionEngineTest.defaults());
        List<Frame> out = frames(engine);
        List<String> reported = new ArrayList<>();
        engine.calibrationSink((t, source, value, unit, detail) -> reported.add(source + " " + value + " " + unit));
        String source = "sim-emg-1/" + EmgSignal.CHANNELS.get(0).name();
        boolean[] taken = new boolean[1];
        SimulatedSession.feed(new Asking(engine, 200, e -> {
            assertFalse(e.requestMvc("sim-emg-1/nope", 100), "no such channel");
            assertThrows(IllegalArgumentException.class, () -> e.requestMvc(source, -1));
            taken[0] = e.requestMvc(source, 200);
        }, new int[1]), List.of(SimulatedSession.emg(1, emg())), 6, 1, null);

        assertTrue(taken[0]);
        assertEquals(List.of(source + " 200.0 uV"), reported);
        assertEquals(uv.size(), out.size());
        int switched = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).unit0().equals("%MVC")) {
                switched = switched < 0 ? i : switched;
                assertEquals(100 * uv.get(i).emg0() / 200, out.get(i).emg0(), 1e-9, "frame " + i + " in %MVC of 200 uV");
            } else {
                assertTrue(switched < 0, "once in %MVC, always");
                assertEquals(uv.get(i).emg0(), out.get(i).emg0(), 1e-9);
            }
        }
        assertTrue(switched > 0 && switched < out.size() - 100, "switched at frame " + switched);
    }

    @Test
    void aTareTakesTheZeroAnewAndIsReported() {
        FusionEngine engine = new FusionEngine(FusionEngineTest.defaults());
        List<Frame> out = frames(engine);
        List<String> reported = new ArrayList<>();
        engine.calibrationSink((t, source, value, unit, detail) -> reported.add(source + " " + detail));
        boolean[] taken = new boolean[2];
        IastmSignal tool = new IastmSignal(new IastmSettings(SCENARIO, 3, 0.3, 0.05, 0.02));
        SimulatedSession.feed(new Asking(engine, 400, e -> {
            taken[0] = e.requestTare("sim-iastm-1");
            taken[1] = e.requestTare("sim-emg-1");
        }, new int[1]), List.of(SimulatedSession.tool(0, tool)), 10, 1, null);

        assertTrue(taken[0]);
        assertFalse(taken[1], "not a force tool");
        assertEquals(List.of("sim-iastm-1 tool tared by a protocol: zero taken anew"), reported);
        long before = out.stream().limit(out.size() / 4).filter(f -> !Double.isNaN(f.normal())).count();
        assertTrue(before > 0, "readings before the tare");
        int nan = 0;
        boolean after = false;
        for (int i = out.size() / 4; i < out.size(); i++) {
            if (Double.isNaN(out.get(i).normal())) {
                nan++;
            } else if (nan > 0) {
                after = true;
            }
        }
        assertTrue(nan > 0 && after, "no readings while the zero is taken again (" + nan + " frames), readings after");
    }

    private static EmgSignal emg() {
        return new EmgSignal(new EmgSettings(SCENARIO, 1, 4, 1.5, 50, 8, 2, 40, 7, 25, 120));
    }
}
