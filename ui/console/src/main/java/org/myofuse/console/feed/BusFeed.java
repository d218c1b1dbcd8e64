package org.myofuse.console.feed;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.myofuse.api.device.GridLayout;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;

/**
 * The console on the stream bus, a consumer like the recorder with its own subscription and rings:
 * when the UI is slow or closed only the console loses blocks (the bus counts them for this
 * subscription), never the recorder or the fusion. It keeps the newest frame of the first pressure mat
 * ({@link MatFrame}, for the heat map) and each device's signal quality ({@link StreamQuality}).
 *
 * <p>Callbacks come from the subscription's dispatch thread. {@link #onEvent} allocates nothing; a
 * stream opening allocates its counters and, for a mat, its frame.
 */
public final class BusFeed implements StreamConsumer {

    /** The console's subscription name, as drop reports show it. */
    public static final String CONSUMER_NAME = "console";
    /** Ring slots per stream: 2.5 s of the busiest simulator's 100 blocks per second. */
    public static final int RING_SLOTS = 256;

    private final MatFrame mat = new MatFrame();
    private final Map<String, StreamQuality> quality = new ConcurrentHashMap<>();
    /** Indexed by stream id; confined to the dispatch thread. */
    private StreamQuality[] byStream = new StreamQuality[16];
    private int matStreamId = -1;

    @Override
    public void onStreamOpened(StreamInfo stream) {
        int id = stream.streamId();
        if (id >= byStream.length) {
            byStream = Arrays.copyOf(byStream, Math.max(byStream.length * 2, id + 1));
        }
        byStream[id] = quality.computeIfAbsent(stream.deviceId(), d -> new StreamQuality());
        GridLayout grid = stream.descriptor().grid();
        if (grid != null && matStreamId < 0) {
            matStreamId = id;
            mat.open(stream.deviceId(), grid);
        }
    }

    @Override
    public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
        int id = block.stream().streamId();
        StreamQuality q = id < byStream.length ? byStream[id] : null;
        if (q == null) {
            return;
        }
        if (block.kind() == BlockKind.GAP) {
            q.gap(block.arrivalNanos());
            return;
        }
        q.samples(block.quality(), block.arrivalNanos());
        if (id == matStreamId) {
            mat.write(block.samples(), (block.frames() - 1) * block.channels());
        }
    }

    @Override
    public void onStreamClosed(StreamInfo stream, String reason) {
        int id = stream.streamId();
        if (id < byStream.length) {
            byStream[id] = null;
        }
        if (id == matStreamId) {
            matStreamId = -1;
            mat.close();
        }
    }

    public MatFrame mat() {
        return mat;
    }

    /** The quality counters of a device, null before its first stream opened. */
    public StreamQuality quality(String deviceId) {
        return quality.get(deviceId);
    }
}
