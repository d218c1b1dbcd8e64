package org.myofuse.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;

/** A bus consumer that copies out what it receives. Thread-safe to read. */
public final class BlockRecorder implements StreamConsumer {

    /** One delivered block. */
    public record Block(BlockKind kind, long first, int frames, long gapSamples, GapCause cause, long deviceTimeMicros,
            int quality, float[] samples) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();
    private final java.util.Map<Long, float[]> byIndex = new java.util.HashMap<>();

    @Override
    public synchronized void onEvent(SampleBlock b, long sequence, boolean endOfBatch) {
        var block = new Block(b.kind(), b.firstSampleIndex(), b.frames(), b.gapSamples(), b.gapCause(),
                b.deviceTimeMicros(), b.quality(), Arrays.copyOf(b.samples(), b.frames() * b.channels()));
        blocks.add(block);
        for (int f = 0; f < b.frames(); f++) {
            byIndex.put(b.firstSampleIndex() + f,
                    Arrays.copyOfRange(block.samples(), f * b.channels(), (f + 1) * b.channels()));
        }
    }

    @Override
    public synchronized void onStreamClosed(StreamInfo stream, String reason) {
        closed.add(reason);
    }

    public synchronized List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public synchronized List<Block> gaps() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.GAP).toList();
    }

    public synchronized long frames() {
        return blocks.stream().mapToLong(Block::frames).sum();
    }

    /** Frame {@code index} (a sample index) as {channel values}, or null if not received. */
    public synchronized float[] frame(long index, int channels) {
        float[] f = byIndex.get(index);
        if (f != null && f.length != channels) {
            throw new AssertionError("frame " + index + " has " + f.length + " channels, not " + channels);
        }
        return f;
    }

    /** Index of the last frame received, or -1. */
    public synchronized long lastIndex() {
        return byIndex.keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    public synchronized List<String> closedReasons() {
        return List.copyOf(closed);
    }
}
