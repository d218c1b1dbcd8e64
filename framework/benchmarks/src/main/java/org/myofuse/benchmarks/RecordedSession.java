package org.myofuse.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.lib.simulation.SplitMix64;

/**
 * A session of the full device set generated into memory: every stream's samples, and its blocks
 * (10 ms each) in arrival order with realistic arrival stamps: the sampling time of the block's last
 * frame plus 1-4 ms (transfer and driver scheduling; drawn per block, seeded), as a recording holds
 * them and a replay plays them. Delivery copies a block's samples into one reusable
 * {@link SampleBlock} per stream, as the bus and the store's replay do; it allocates nothing.
 *
 * <p>{@link #deliver} can run the session in laps for an endless stream: lap {@code L} repeats the
 * samples with sample indices and arrival stamps moved on by {@code L} session lengths, so the
 * consumer sees one continuous session (with a jump in the signals at each lap boundary).
 */
final class RecordedSession {

    final List<FusionDevices.Device> devices;
    final StreamInfo[] streams;
    final int seconds;
    /** Per block, in arrival order: its stream, first sample index and arrival stamp (lap 0). */
    final int[] stream;
    final long[] first;
    final long[] arrival;
    private final float[][] samples;
    private final SampleBlock[] slots;
    private final long[] framesPerLap;

    RecordedSession(FusionDevices.Scenario scenario, int seconds) {
        this.devices = FusionDevices.fullSet(scenario);
        this.seconds = seconds;
        int n = devices.size();
        streams = new StreamInfo[n];
        samples = new float[n][];
        slots = new SampleBlock[n];
        framesPerLap = new long[n];
        List<long[]> blocks = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            var d = devices.get(s);
            streams[s] = new StreamInfo(s, d.deviceId(), d.descriptor(), d.blockFrames(), 0);
            slots[s] = new SampleBlock(streams[s]);
            framesPerLap[s] = Math.round(seconds * d.rateHz());
            samples[s] = new float[(int) framesPerLap[s] * streams[s].channels()];
            d.signal().fill(samples[s], 0, (int) framesPerLap[s]);
            long key = SplitMix64.key(11, s);
            for (long f = 0; f < framesPerLap[s]; f += d.blockFrames()) {
                long taken = Math.round((f + d.blockFrames()) * 1e9 / d.rateHz());
                long delay = 1_000_000L + (long) (3e6 * SplitMix64.uniform(key, f));
                blocks.add(new long[] {taken + delay, s, f});
            }
        }
        blocks.sort(Comparator.<long[]>comparingLong(b -> b[0]).thenComparingLong(b -> b[1]));
        stream = new int[blocks.size()];
        first = new long[blocks.size()];
        arrival = new long[blocks.size()];
        for (int k = 0; k < blocks.size(); k++) {
            arrival[k] = blocks.get(k)[0];
            stream[k] = (int) blocks.get(k)[1];
            first[k] = blocks.get(k)[2];
        }
    }

    /** Blocks per lap. */
    int blocks() {
        return stream.length;
    }

    void open(StreamConsumer consumer) {
        for (StreamInfo s : streams) {
            consumer.onStreamOpened(s);
        }
    }

    void close(StreamConsumer consumer) {
        for (StreamInfo s : streams) {
            consumer.onStreamClosed(s, "stopped");
        }
    }

    /** Delivers block {@code k} of lap {@code lap}. */
    void deliver(StreamConsumer consumer, int k, long lap) {
        int s = stream[k];
        SampleBlock block = slots[s];
        int frames = streams[s].maxFramesPerBlock();
        int channels = streams[s].channels();
        System.arraycopy(samples[s], (int) first[k] * channels, block.samples(), 0, frames * channels);
        block.setSamples(first[k] + lap * framesPerLap[s], frames, arrival[k] + lap * seconds * 1_000_000_000L, 0);
        consumer.onEvent(block, k, true);
    }

    /** The whole session, opened, in arrival order, closed. */
    void play(StreamConsumer consumer) {
        open(consumer);
        for (int k = 0; k < stream.length; k++) {
            deliver(consumer, k, 0);
        }
        close(consumer);
    }
}
