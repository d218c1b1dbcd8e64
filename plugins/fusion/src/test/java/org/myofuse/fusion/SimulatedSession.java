package org.myofuse.fusion;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.fusion.osgi.FusionConfig;
import org.myofuse.simulator.core.FrameSignal;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;

/**
 * Feeds an engine (or any stream consumer, such as a session analysis) the blocks of simulated devices directly (no bus), the way a replay does: each
 * block's arrival is the sampling time of its last frame plus a 1-30 ms delay drawn per stream and
 * block, and the streams interleave in a seeded random order within {@link #MAX_SKEW_S} of data time
 * of each other (as arrivals on a live host do). A {@link Hold} withholds one stream's blocks over a
 * span of data time until the others are well past it, as a stalled USB transfer would.
 */
final class SimulatedSession {

    /** Largest lead in data time of one stream over another in the interleaving, s. */
    static final double MAX_SKEW_S = 0.1;

    record Source(StreamInfo info, FrameSignal signal, int blockFrames) {
    }

    /** Blocks of stream {@code stream} with data time in [fromS, untilS) arrive only once the others reached {@code releaseS}. */
    record Hold(int stream, double fromS, double untilS, double releaseS) {
    }

    private SimulatedSession() {
    }

    static Source tool(int id, FrameSignal s) {
        return new Source(new StreamInfo(id, "sim-iastm-1",
                new DeviceDescriptor("sim-iastm", "Myofuse", "t", "1", "1", IastmSignal.CHANNELS, null), 64, 0), s, 16);
    }

    static Source emg(int id, EmgSignal s) {
        return new Source(new StreamInfo(id, "sim-emg-1",
                new DeviceDescriptor("sim-emg", "Myofuse", "e", "1", "1", EmgSignal.CHANNELS, null), 64, 0), s, 40);
    }

    static Source mat(int id, MatSignal s) {
        return new Source(new StreamInfo(id, "sim-mat-1",
                new DeviceDescriptor("sim-mat", "Myofuse", "m", "1", "1", MatSignal.CHANNELS, Posture.SUPINE.grid()), 64, 0), s, 2);
    }

    /** The configuration's defaults with some attributes replaced, by method name. */
    static FusionConfig config(Map<String, Object> overrides) {
        return (FusionConfig) Proxy.newProxyInstance(FusionConfig.class.getClassLoader(), new Class<?>[] {FusionConfig.class},
                (proxy, method, args) -> overrides.containsKey(method.getName()) ? overrides.get(method.getName())
                        : method.getDefaultValue());
    }

    /** Frames and events as lines ("F time normal shear copX copY emg0 emg7" or "E event"), in delivery order. */
    static List<String> record(FusionEngine engine) {
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
        return out;
    }

    static void feed(StreamConsumer engine, List<Source> sources, double seconds, long seed, Hold hold) {
        feed(engine, sources, seconds, seed, hold, 0);
    }

    /** As {@link #feed(StreamConsumer, List, double, long, Hold)}, pausing the feeding thread {@code wallPauseMs} when the hold begins. */
    static void feed(StreamConsumer engine, List<Source> sources, double seconds, long seed, Hold hold, long wallPauseMs) {
        boolean paused = false;
        int n = sources.size();
        SampleBlock[] blocks = new SampleBlock[n];
        long[] next = new long[n];
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            engine.onStreamOpened(sources.get(i).info);
            blocks[i] = new SampleBlock(sources.get(i).info);
        }
        Random order = new Random(seed);
        int[] eligible = new int[n];
        int remaining = n;
        while (remaining > 0) {
            double least = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!done[i] && !held(i, sources, next, done, hold)) {
                    least = Math.min(least, time(sources, next, i));
                }
            }
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (!done[i] && !held(i, sources, next, done, hold) && time(sources, next, i) <= least + MAX_SKEW_S) {
                    eligible[m++] = i;
                }
            }
            int i = eligible[order.nextInt(m)];
            if (!paused && hold != null && wallPauseMs > 0 && time(sources, next, i) >= hold.fromS) {
                paused = true;
                try {
                    Thread.sleep(wallPauseMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Source s = sources.get(i);
            SampleBlock b = blocks[i];
            s.signal.fill(b.samples(), next[i], s.blockFrames);
            long last = next[i] + s.blockFrames - 1;
            long arrival = Math.round((last + 1) * 1e9 / s.info.sampleRateHz())
                    + (long) (1e6 + new Random(i * 1_000_003L + next[i]).nextDouble() * 29e6);
            if (hold != null && i == hold.stream && time(sources, next, i) >= hold.fromS && time(sources, next, i) < hold.untilS) {
                arrival = Math.max(arrival, Math.round(hold.releaseS * 1e9));
            }
            b.setSamples(next[i], s.blockFrames, arrival, 0);
            engine.onEvent(b, 0, true);
            next[i] += s.blockFrames;
            if (next[i] >= seconds * s.info.sampleRateHz()) {
                done[i] = true;
                remaining--;
                engine.onStreamClosed(s.info, "stopped");
            }
        }
    }

    private static double time(List<Source> sources, long[] next, int i) {
        return next[i] / sources.get(i).info.sampleRateHz();
    }

    private static boolean held(int i, List<Source> sources, long[] next, boolean[] done, Hold hold) {
        if (hold == null || i != hold.stream) {
            return false;
        }
        double t = time(sources, next, i);
        if (t < hold.fromS || t >= hold.untilS) {
            return false;
        }
        for (int j = 0; j < next.length; j++) {
            if (j != i && !done[j] && time(sources, next, j) < hold.releaseS) {
                return true;
            }
        }
        return false;
    }
}
