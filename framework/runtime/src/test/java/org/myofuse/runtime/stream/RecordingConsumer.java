package org.myofuse.runtime.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;

/** Records every callback (copying block contents, since the slot is reused). */
public class RecordingConsumer implements StreamConsumer {

    public sealed interface Event permits Opened, Block, Closed {
        int streamId();
    }

    public record Opened(int streamId) implements Event {
    }

    public record Block(int streamId, BlockKind kind, long first, int frames, long gapSamples, GapCause cause,
            long droppedBefore, long sequence, boolean endOfBatch, boolean payloadIntact, String thread)
            implements Event {
    }

    public record Closed(int streamId, String reason) implements Event {
    }

    private final List<Event> events = new ArrayList<>();
    private volatile Consumer<SampleBlock> afterBlock = b -> { };

    /** Runs after each block is recorded, on the consumer thread (to block or slow the consumer). */
    public void afterBlock(Consumer<SampleBlock> hook) {
        this.afterBlock = hook;
    }

    @Override
    public void onStreamOpened(StreamInfo stream) {
        record(new Opened(stream.streamId()));
    }

    @Override
    public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
        record(new Block(block.stream().streamId(), block.kind(), block.firstSampleIndex(), block.frames(),
                block.gapSamples(), block.gapCause(), block.droppedBefore(), sequence, endOfBatch, intact(block),
                Thread.currentThread().getName()));
        afterBlock.accept(block);
    }

    @Override
    public void onStreamClosed(StreamInfo stream, String reason) {
        record(new Closed(stream.streamId(), reason));
    }

    private static boolean intact(SampleBlock block) {
        for (int f = 0; f < block.frames(); f++) {
            for (int c = 0; c < block.channels(); c++) {
                if (block.sample(f, c) != TestStreams.valueOf(block.firstSampleIndex() + f, c)) {
                    return false;
                }
            }
        }
        return true;
    }

    private synchronized void record(Event event) {
        events.add(event);
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    public synchronized List<Block> blocks() {
        return events.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
    }

    public synchronized List<Event> events(int streamId) {
        return events.stream().filter(e -> e.streamId() == streamId).toList();
    }

    public synchronized boolean closed(int streamId) {
        return events.stream().anyMatch(e -> e instanceof Closed c && c.streamId() == streamId);
    }

    public synchronized int blockCount() {
        return (int) events.stream().filter(Block.class::isInstance).count();
    }
}
