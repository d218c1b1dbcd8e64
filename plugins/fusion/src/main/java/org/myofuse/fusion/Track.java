package org.myofuse.fusion;

import java.util.Arrays;

import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.fusion.time.ClockModel;

/**
 * One device stream inside the fusion engine: its clock model, its processor and the values it had
 * at each frame tick. A value is taken at tick {@code k} when the first sample at or after
 * {@code k * tickNanos} is processed, so a frame depends only on sample indices and the clock model,
 * never on how the streams' blocks interleaved on arrival: that is what makes replays identical.
 */
abstract class Track {

    static final int TICKS = 1024;

    final StreamInfo info;
    final ClockModel clock;
    private final long tickNanos;
    private final int values;
    private final double[] ring;
    long firstTick = Long.MIN_VALUE;
    long nextTick = Long.MIN_VALUE;
    boolean open = true;
    /** The first frame not yet out when the stream opened, or MIN_VALUE if the frames had not started. */
    long joinTick = Long.MIN_VALUE;
    /** Held back no longer: silent past the stall timeout (see FusionEngine). */
    boolean stalled;
    /** The sample being processed: an event found now is released with the first frame after this sample's time. */
    long current;
    /** Frames received and frames announced missing (counted per block, for summaries). */
    long samples;
    long missingSamples;

    Track(StreamInfo info, ClockModel clock, long tickNanos, int values) {
        this.info = info;
        this.clock = clock;
        this.tickNanos = tickNanos;
        this.values = values;
        this.ring = new double[TICKS * values];
    }

    /** Multiplies every value of column {@code v} held for frames still to go out (a calibration changed its unit). */
    final void scale(int v, double factor) {
        for (int k = 0; k < TICKS; k++) {
            ring[k * values + v] *= factor;
        }
    }

    final void onBlock(SampleBlock block) {
        if (block.kind() == BlockKind.GAP) {
            missingSamples += block.gapSamples();
            gap();
            // the ticks inside the gap stay NaN: nothing is interpolated across missing data
            if (clock.ready()) {
                advance(clock.timeOf(block.nextSampleIndex() - 1), true);
            }
            return;
        }
        clock.observe(block.nextSampleIndex() - 1, block.arrivalNanos());
        float[] s = block.samples();
        int channels = block.channels();
        long first = block.firstSampleIndex();
        samples += block.frames();
        prepare(block);
        for (int f = 0; f < block.frames(); f++) {
            long index = first + f;
            current = index;
            frame(s, f * channels, index, f);
            advance(clock.timeOf(index), false);
        }
    }

    private void advance(long sampleTime, boolean missing) {
        if (nextTick == Long.MIN_VALUE) {
            nextTick = Math.floorDiv(sampleTime + tickNanos - 1, tickNanos);
            firstTick = nextTick;
        }
        while (nextTick * tickNanos <= sampleTime) {
            int at = (int) Math.floorMod(nextTick, (long) TICKS) * values;
            if (missing) {
                Arrays.fill(ring, at, at + values, Double.NaN);
            } else {
                snapshot(ring, at);
            }
            nextTick++;
        }
    }

    /** The value {@code v} of this track at tick {@code k}, NaN when the track has nothing for it. */
    final double at(long k, int v) {
        if (k < firstTick || k >= nextTick || nextTick - k > TICKS) {
            return Double.NaN;
        }
        return ring[(int) Math.floorMod(k, (long) TICKS) * values + v];
    }

    /** Called once per block before its frames (block-wide work such as the EMG chain). */
    void prepare(SampleBlock block) {
    }

    abstract void frame(float[] samples, int offset, long index, int frameInBlock);

    abstract void snapshot(double[] ring, int at);

    abstract void gap();
}
