package org.myofuse.fusion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.fusion.osgi.FusionConfig;

/**
 * The fusion pipeline as a bus consumer: one {@link Track} per recognised stream, each with its own
 * clock model; fused frames at the configured rate and events, both in session-time order.
 *
 * <p>Frame {@code k} (time {@code k / frameRate}) is emitted once every stream that has delivered
 * samples has passed it (the watermark), so what a frame holds never depends on how the streams'
 * blocks interleaved: a replay of the same blocks gives the same frames and events, bit for bit.
 * Events wait for the watermark too and go out before the first frame after them; an event confirmed
 * only after a delay (a stroke after its minimum duration, an onset after its sustain window) keeps
 * the time it happened and goes out with the next frame.
 *
 * <p>All callbacks come from the bus's dispatch thread for this consumer; not thread-safe otherwise.
 * Allocation-free per block in steady state except for events.
 */
public final class FusionEngine implements StreamConsumer {

    private static final Logger LOG = Logger.getLogger(FusionEngine.class.getName());
    private static final int MAX_EMG_CHANNELS = 64;

    private final FusionConfig config;
    private final long tickNanos;
    private final List<FusionListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Integer, Track> tracks = new HashMap<>();
    private final List<Track> order = new ArrayList<>();
    private final List<TherapyEvent> pending = new ArrayList<>();
    private final FrameSlot frame = new FrameSlot(MAX_EMG_CHANNELS);
    private long emitted = Long.MIN_VALUE;
    private int emgChannels;
    private long frames;
    private long events;

    public FusionEngine(FusionConfig config) {
        this.config = config;
        this.tickNanos = Math.round(1e9 / config.frameRateHz());
    }

    public void addListener(FusionListener l) {
        listeners.add(l);
    }

    public void removeListener(FusionListener l) {
        listeners.remove(l);
    }

    @Override
    public void onStreamOpened(StreamInfo stream) {
        Track t = switch (Tracks.kindOf(stream.descriptor())) {
            case EMG -> emgChannels + stream.channels() <= MAX_EMG_CHANNELS
                    ? new Tracks.Emg(stream, config, tickNanos, emgChannels, sinkFor(stream)) : null;
            case FORCE -> new Tracks.Force(stream, config, tickNanos, sinkFor(stream));
            case MAT -> new Tracks.Mat(stream, config, tickNanos);
            case OTHER -> null;
        };
        if (t == null) {
            LOG.info(() -> "fusion: stream " + stream.deviceId() + " is not EMG, force or mat data; ignored");
            return;
        }
        if (t instanceof Tracks.Emg) {
            emgChannels += stream.channels();
            frame.emgCount = emgChannels;
        }
        tracks.put(stream.streamId(), t);
        order.add(t);
    }

    @Override
    public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
        Track t = tracks.get(block.stream().streamId());
        if (t == null) {
            return;
        }
        t.onBlock(block);
        release();
    }

    @Override
    public void onStreamClosed(StreamInfo stream, String reason) {
        Track t = tracks.get(stream.streamId());
        if (t != null) {
            t.open = false;
            release();
        }
    }

    /** Frames emitted so far. */
    public long frames() {
        return frames;
    }

    /** Events delivered so far. */
    public long events() {
        return events;
    }

    /** The tracks, in the order their streams opened (for summaries). */
    public List<Track> tracks() {
        return List.copyOf(order);
    }

    private EventSink sinkFor(StreamInfo stream) {
        return (type, index, channel, value, unit, detail) -> {
            Track t = tracks.get(stream.streamId());
            long time = t.clock.timeOf(index);
            pending.add(new TherapyEvent(type, time, stream.deviceId() + "/" + channel, value, unit, detail));
        };
    }

    /** Emits every frame and event that all streams with data have passed. */
    private void release() {
        long watermark = Long.MAX_VALUE;
        long start = Long.MAX_VALUE;
        boolean any = false;
        for (Track t : order) {
            if (t.nextTick == Long.MIN_VALUE) {
                if (t.open) {
                    // nothing goes out before every open stream has started: where the frames begin
                    // must not depend on which device's first block came first
                    return;
                }
                continue;
            }
            start = Math.min(start, t.firstTick);
            if (t.open) {
                watermark = Math.min(watermark, t.nextTick);
                any = true;
            }
        }
        if (!any) {
            return;
        }
        if (emitted == Long.MIN_VALUE) {
            emitted = start;
        }
        for (long k = emitted; k < watermark; k++) {
            deliverEventsBefore(k * tickNanos);
            fill(k);
            deliverFrame();
        }
        emitted = Math.max(emitted, watermark);
    }

    private void fill(long k) {
        frame.clear(k * tickNanos);
        for (Track t : order) {
            if (t instanceof Tracks.Force) {
                frame.normal = t.at(k, 0);
                frame.shear = t.at(k, 1);
            } else if (t instanceof Tracks.Mat) {
                frame.copX = t.at(k, 0);
                frame.copY = t.at(k, 1);
            } else if (t instanceof Tracks.Emg e) {
                for (int c = 0; c < e.info.channels(); c++) {
                    frame.emg[e.emgOffset + c] = t.at(k, c);
                }
            }
        }
    }

    private void deliverEventsBefore(long time) {
        if (pending.isEmpty()) {
            return;
        }
        pending.sort((a, b) -> Long.compare(a.sessionNanos(), b.sessionNanos()));
        int n = 0;
        while (n < pending.size() && pending.get(n).sessionNanos() < time) {
            TherapyEvent e = pending.get(n++);
            events++;
            for (FusionListener l : listeners) {
                try {
                    l.onEvent(e);
                } catch (RuntimeException ex) {
                    LOG.log(Level.WARNING, "fusion listener failed on event " + e.type(), ex);
                }
            }
        }
        pending.subList(0, n).clear();
    }

    private void deliverFrame() {
        frames++;
        for (FusionListener l : listeners) {
            try {
                l.onFrame(frame);
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "fusion listener failed on a frame", ex);
            }
        }
    }

    static boolean isStrokeEvent(TherapyEventType t) {
        return t == TherapyEventType.STROKE_START || t == TherapyEventType.STROKE_END;
    }
}
