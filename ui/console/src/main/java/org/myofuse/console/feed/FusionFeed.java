package org.myofuse.console.feed;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;

/**
 * The console's fusion listener: frames into the {@link FrameRing}, events into a bounded queue the UI
 * drains once per repaint. Called on the fusion's dispatch thread; returns at once, never blocks, and
 * allocates nothing per frame (the events are the fusion's own objects). When the UI falls more than
 * {@value #EVENT_SLOTS} events behind, further events are dropped for the console only and counted.
 */
public final class FusionFeed implements FusionListener {

    static final int EVENT_SLOTS = 512;

    private final FrameRing frames = new FrameRing();
    private final ArrayBlockingQueue<TherapyEvent> events = new ArrayBlockingQueue<>(EVENT_SLOTS);
    private final AtomicLong droppedEvents = new AtomicLong();

    @Override
    public void onFrame(FusedFrame frame) {
        frames.write(frame);
    }

    @Override
    public void onEvent(TherapyEvent event) {
        if (!events.offer(event)) {
            droppedEvents.incrementAndGet();
        }
    }

    public FrameRing frames() {
        return frames;
    }

    /** The next event not yet taken, or null. UI thread. */
    public TherapyEvent pollEvent() {
        return events.poll();
    }

    /** Events the console dropped because its UI fell behind. */
    public long droppedEvents() {
        return droppedEvents.get();
    }
}
