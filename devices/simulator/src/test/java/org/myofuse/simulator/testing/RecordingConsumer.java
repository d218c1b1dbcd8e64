package org.myofuse.simulator.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;

/** A bus consumer that copies out everything it receives, for tests to inspect. Thread-safe to read. */
public final class RecordingConsumer implements StreamConsumer {

    /** What one delivered block carried. */
    public record Block(int streamId, BlockKind kind, long firstSampleIndex, int frames, long gapSamples,
            long arrivalNanos, long deviceTimeMicros, int quality, long droppedBefore, float[] samples) {

        public long nextSampleIndex() {
            return firstSampleIndex + (kind == BlockKind.GAP ? gapSamples : frames);
        }
    }

    private final List<StreamInfo> opened = new ArrayList<>();
    private final List<String> closedReasons = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();

    @Override
    public synchronized void onStreamOpened(StreamInfo stream) {
        opened.add(stream);
    }

    @Override
    public synchronized void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
        blocks.add(new Block(block.stream().streamId(), block.kind(), block.firstSampleIndex(), block.frames(),
                block.gapSamples(), block.arrivalNanos(), block.deviceTimeMicros(), block.quality(),
                block.droppedBefore(), Arrays.copyOf(block.samples(), block.frames() * block.channels())));
    }

    @Override
    public synchronized void onStreamClosed(StreamInfo stream, String reason) {
        closedReasons.add(reason);
    }

    public synchronized List<StreamInfo> opened() {
        return List.copyOf(opened);
    }

    public synchronized List<String> closedReasons() {
        return List.copyOf(closedReasons);
    }

    public synchronized List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** Frames received so far. */
    public synchronized long frames() {
        long sum = 0;
        for (Block b : blocks) {
            sum += b.frames();
        }
        return sum;
    }
}
