package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.fusion.osgi.FusionConfig;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.lib.simulation.TherapyScenario;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;

/** The engine fed with the three simulated devices' blocks, with jittered arrival times, in two different interleavings (see {@link SimulatedSession}). */
class FusionEngineTest {

    private static final double SECONDS = 30;
    private static final ScenarioSettings SCENARIO = new ScenarioSettings(42, 0.5, 6, 9);

    static FusionConfig defaults() {
        return SimulatedSession.config(Map.of());
    }

    private static List<String> run(long interleaveSeed) {
        var iastm = new IastmSignal(new IastmSettings(SCENARIO, 3, 0.3, 0.05, 0.02));
        var emg = new EmgSignal(new EmgSettings(SCENARIO, 1, 4, 1.5, 50, 8, 2, 40, 7, 25, 120));
        var mat = new MatSignal(new MatSettings(SCENARIO, 1, Posture.SUPINE, 70, 4, 30, 15, 8, 20, 0.2));
        FusionEngine engine = new FusionEngine(defaults());
        List<String> out = SimulatedSession.record(engine);
        SimulatedSession.feed(engine, List.of(SimulatedSession.tool(0, iastm), SimulatedSession.emg(1, emg),
                SimulatedSession.mat(2, mat)), SECONDS, interleaveSeed, null);
        return out;
    }

    @Test
    void framesNameEachEmgChannelByTheSourceItsEventsCarry() {
        var emg = new EmgSignal(new EmgSettings(SCENARIO, 1, 4, 1.5, 50, 8, 2, 40, 7, 25, 120));
        FusionEngine engine = new FusionEngine(defaults());
        List<String> sources = new java.util.ArrayList<>();
        List<String> onsetSources = new java.util.ArrayList<>();
        engine.addListener(new org.myofuse.api.fusion.FusionListener() {
            @Override
            public void onFrame(org.myofuse.api.fusion.FusedFrame f) {
                if (sources.isEmpty() && f.emgChannels() > 0) {
                    for (int c = 0; c < f.emgChannels(); c++) {
                        sources.add(f.emgSource(c) + " " + f.emgUnit(c));
                    }
                }
            }

            @Override
            public void onEvent(org.myofuse.api.fusion.TherapyEvent e) {
                if (e.type() == org.myofuse.api.fusion.TherapyEventType.EMG_ONSET) {
                    onsetSources.add(e.source());
                }
            }
        });
        SimulatedSession.feed(engine, List.of(SimulatedSession.emg(1, emg)), 10, 1, null);

        assertEquals(8, sources.size(), sources.toString());
        assertTrue(sources.get(0).endsWith("/" + EmgSignal.CHANNELS.get(0).name() + " uV"), sources.get(0));
        assertTrue(!onsetSources.isEmpty(), "the scenario has contractions");
        for (String source : onsetSources) {
            assertTrue(sources.stream().anyMatch(s -> s.startsWith(source + " ")), source + " is named by the frames");
        }
    }

    @Test
    void shouldGiveIdenticalFramesAndEventsWhateverOrderTheStreamsArriveIn() {
        List<String> first = run(1);
        List<String> second = run(2);
        assertEquals(first.size(), second.size());
        assertEquals(first, second);
    }

    @Test
    void shouldEmitFramesAt100HzWithAllStreamsAndTheScenariosStrokesInTimeOrder() {
        List<String> out = run(1);
        long frames = out.stream().filter(s -> s.startsWith("F ")).count();
        assertTrue(frames > 0.95 * SECONDS * 100 && frames <= SECONDS * 100 + 5, "frames " + frames);
        TherapyScenario truth = new TherapyScenario(SCENARIO);
        int expected = 0;
        while (truth.strokeStart(expected) + truth.strokeDuration() < SECONDS - 0.1) {
            expected++;
        }
        long ends = out.stream().filter(s -> s.contains("type=" + TherapyEventType.STROKE_END)).count();
        assertEquals(expected, ends, "strokes");
        String mid = out.stream().filter(s -> s.startsWith("F ")).skip(1500).findFirst().orElseThrow();
        assertTrue(!mid.contains("NaN"), "a frame in the middle carries every stream: " + mid);
        long previous = Long.MIN_VALUE;
        for (String s : out) {
            if (s.startsWith("F ")) {
                long t = Long.parseLong(s.split(" ")[1]);
                assertEquals(10_000_000L, previous == Long.MIN_VALUE ? 10_000_000L : t - previous, "frame spacing at " + s);
                previous = t;
            }
        }
    }
}
