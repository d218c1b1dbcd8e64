package org.myofuse.iastm.driver;

import org.myofuse.iastm.protocol.IastmDecoder;
import org.myofuse.iastm.protocol.IastmFrameSink;
import org.myofuse.api.serial.PortStatistics;

/**
 * Where the decoder's findings go: replies to whoever waits for them, data frames to the stream while
 * streaming (dropped otherwise: the last frames sent before the tool saw stop), rejects, skips and
 * resyncs to the port's counters and the stream's gap bookkeeping. Owned by the reader thread, which
 * also sets its stream and whether it streams; allocates nothing.
 */
final class FrameRouter implements IastmFrameSink {

    /** Receives replies (identify reply, acknowledgements). */
    interface Replies {
        void reply(int type, byte[] payload, int offset, int length);
    }

    private final PortStatistics statistics;
    private final Replies replies;
    private IastmStream stream;
    private boolean streaming;

    FrameRouter(PortStatistics statistics, Replies replies) {
        this.statistics = statistics;
        this.replies = replies;
    }

    void stream(IastmStream stream) {
        this.stream = stream;
    }

    void streaming(boolean on) {
        streaming = on;
    }

    @Override
    public void data(IastmDecoder.DataFrame frame, long arrivalNanos) {
        IastmStream s = stream;
        if (streaming && s != null) {
            s.data(frame, arrivalNanos);
        }
    }

    @Override
    public void reply(int type, byte[] payload, int offset, int length) {
        replies.reply(type, payload, offset, length);
    }

    @Override
    public void rejected() {
        statistics.frameRejected();
        IastmStream s = stream;
        if (s != null) {
            s.trouble();
        }
    }

    @Override
    public void skipped(int bytes) {
        statistics.bytesSkipped(bytes);
        IastmStream s = stream;
        if (s != null) {
            s.trouble();
        }
    }

    @Override
    public void resynced() {
        statistics.resynced();
        IastmStream s = stream;
        if (s != null) {
            s.resynced();
        }
    }
}
