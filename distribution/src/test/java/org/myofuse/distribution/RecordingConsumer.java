package org.myofuse.distribution;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;

/** A test consumer that keeps, per device, frames received, index continuity and how its stream ended. */
final class RecordingConsumer implements StreamConsumer {

    static final class DeviceLog {
        final AtomicLong frames = new AtomicLong();
        final AtomicLong discontinuities = new AtomicLong();
        final AtomicLong gaps = new AtomicLong();
        volatile long nextIndex = -1;
        volatile String closedReason;
        volatile String typeId;
    }

    private final Map<String, DeviceLog> byDevice = new ConcurrentHashMap<>();

    DeviceLog log(String deviceId) {
        return byDevice.computeIfAbsent(deviceId, id -> new DeviceLog());
    }

    /** Frames received from the first stream whose device is of this type, or 0. */
    long framesOfType(String typeId) {
        return byDevice.values().stream().filter(l -> typeId.equals(l.typeId)).mapToLong(l -> l.frames.get()).sum();
    }

    DeviceLog logOfType(String typeId) {
        return byDevice.values().stream().filter(l -> typeId.equals(l.typeId)).findFirst().orElse(null);
    }

    @Override
    public void onStreamOpened(StreamInfo stream) {
        log(stream.deviceId()).typeId = stream.descriptor().typeId();
    }

    @Override
    public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
        DeviceLog log = log(block.stream().deviceId());
        if (log.nextIndex >= 0 && block.firstSampleIndex() != log.nextIndex) {
            log.discontinuities.incrementAndGet();
        }
        log.nextIndex = block.nextSampleIndex();
        if (block.kind() == BlockKind.GAP) {
            log.gaps.incrementAndGet();
        } else {
            log.frames.addAndGet(block.frames());
        }
    }

    @Override
    public void onStreamClosed(StreamInfo stream, String reason) {
        log(stream.deviceId()).closedReason = reason;
    }
}
