package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.fusion.osgi.FusionConfig;
import org.myofuse.simulator.core.FrameSignal;
import org.myofuse.simulator.core.ScenarioSettings;
import org.myofuse.simulator.core.TherapyScenario;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;

/** The engine fed with the three simulated devices' blocks, with jittered arrival times, in two different interleavings. */
class FusionEngineTest {

    private static final double SECONDS = 30;
    private static final ScenarioSettings SCENARIO = new ScenarioSettings(42, 0.5, 6, 9);

    static FusionConfig defaults() {
        return (FusionConfig) Proxy.newProxyInstance(FusionConfig.class.getClassLoader(), new Class<?>[] {FusionConfig.class},
                (proxy, method, args) -> method.getDefaultValue());
    }

    private record Source(StreamInfo info, FrameSignal signal, int blockFrames) {
    }

    private static List<String> run(long interleaveSeed) {
        var iastm = new IastmSignal(new IastmSettings(SCENARIO, 3, 0.3, 0.05, 0.02));
        var emg = new EmgSignal(new EmgSettings(SCENARIO, 1, 4, 1.5, 50, 8, 2, 40, 7, 25, 120));
        var mat = new MatSignal(new MatSettings(SCENARIO, 1, Posture.SUPINE, 70, 4, 30, 15, 8, 20, 0.2));
        List<Source> sources = List.of(
                new Source(info(0, "tool", new DeviceDescriptor("sim-iastm", "Myofuse", "t", "1", "1", IastmSignal.CHANNELS, null)), iastm, 16),
                new Source(info(1, "emg", new DeviceDescriptor("sim-emg", "Myofuse", "e", "1", "1", EmgSignal.CHANNELS, null)), emg, 40),
                new Source(info(2, "mat", new DeviceDescriptor("sim-mat", "Myofuse", "m", "1", "1", MatSignal.CHANNELS, Posture.SUPINE.grid())), mat, 2));
        FusionEngine engine = new FusionEngine(defaults());
        List<String> out = new ArrayList<>();
        engine.addListener(new FusionListener() {
            @Override
            public void onFrame(FusedFrame f) {
                out.add("F " + f.sessionNanos() + " " + f.normalForceN() + " " + f.shearForceN() + " " + f.copXmm() + " "
                        + f.copYmm() + " " + f.emgEnvelope(0) + " " + f.emgEnvelope(7));
            }

            @Override
            public void onEvent(TherapyEvent e) {
                out.add("E " + e);
            }
        });
        List<SampleBlock> blocks = new ArrayList<>();
        long[] next = new long[3];
        for (Source s : sources) {
            engine.onStreamOpened(s.info);
            blocks.add(new SampleBlock(s.info));
        }
        Random jitter = new Random(77);
        Random order = new Random(interleaveSeed);
        boolean[] done = new boolean[3];
        int remaining = 3;
        while (remaining > 0) {
            int i = order.nextInt(3);
            if (done[i]) {
                continue;
            }
            Source s = sources.get(i);
            SampleBlock b = blocks.get(i);
            s.signal.fill(b.samples(), next[i], s.blockFrames);
            long last = next[i] + s.blockFrames - 1;
            // arrival: sampling time of the last frame plus 1-30 ms of delay, drawn per stream and block
            long arrival = Math.round((last + 1) * 1e9 / s.info.sampleRateHz())
                    + (long) (1e6 + new Random(interleaveSeed * 0 + i * 1_000_003L + next[i]).nextDouble() * 29e6);
            b.setSamples(next[i], s.blockFrames, arrival, 0);
            engine.onEvent(b, 0, true);
            next[i] += s.blockFrames;
            if (next[i] >= SECONDS * s.info.sampleRateHz()) {
                done[i] = true;
                remaining--;
                engine.onStreamClosed(s.info, "stopped");
            }
        }
        jitter.nextInt();
        return out;
    }

    private static StreamInfo info(int id, String device, DeviceDescriptor d) {
        return new StreamInfo(id, device, d, 64, 0);
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
