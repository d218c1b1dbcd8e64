package org.myofuse.openbci.driver;

import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.openbci.protocol.Cyton;
import org.myofuse.openbci.protocol.CytonDecoder;
import org.myofuse.openbci.protocol.CytonPacketSink;
import org.myofuse.api.serial.PortStatistics;

/**
 * Turns decoded packets into frames on the bus: microvolt scaling with the tracked gains, Daisy
 * pairing, the held accelerometer, board time, and gaps. Runs on the reader thread; allocates nothing.
 *
 * <p>Sample indices count bus frames from 0. The packet counter is one byte and wraps every 1.02 s,
 * so the number of packets between two arrivals is taken as the counter difference plus the multiple
 * of 256 closest to what the elapsed arrival time says; jitter up to half a wrap (0.5 s) is absorbed.
 * A gap's cause is RECONNECT after a lost link, REJECTED_FRAME if the decoder rejected or skipped
 * input since the last packet, COUNTER_JUMP otherwise.
 */
public final class CytonStream implements CytonPacketSink {

    /** Frames per published block at most; blocks are also published at the end of every read. */
    public static final int MAX_BLOCK_FRAMES = 32;
    private static final long PACKET_NANOS = 1_000_000_000L / Cyton.PACKET_RATE_HZ;
    private static final int MAX_COUNT = (1 << 23) - 1;
    private static final int MIN_COUNT = -(1 << 23);

    private final SamplePublisher publisher;
    private final PortStatistics statistics;
    private final boolean daisy;
    private final boolean accelerometer;
    private final int width;
    private final int signalChannels;
    private final double[] scale;
    private final float[] accel = new float[3];
    private final float[] lower = new float[Cyton.CHANNELS];
    private int lowerQuality;

    private long packetIndex = -1;
    private int lastSampleNumber;
    private long lastArrival;
    private boolean started;
    private long rowOffset;
    private long nextRow;
    private long pendingLowerPacket = -1;
    private boolean reconnectPending;
    private boolean troubleSinceLast;
    private int nextQuality;

    private int blockFrames;
    private long blockFirst;
    private long blockDeviceMicros = SampleBlock.NO_DEVICE_TIME;
    private int blockQuality;

    public CytonStream(SamplePublisher publisher, PortStatistics statistics, CytonLayout layout) {
        this.publisher = publisher;
        this.statistics = statistics;
        this.daisy = layout.daisy();
        this.accelerometer = layout.accelerometer();
        this.width = layout.frameChannels();
        this.signalChannels = layout.signalChannels();
        this.scale = new double[signalChannels];
        for (int ch = 0; ch < signalChannels; ch++) {
            scale[ch] = layout.microvoltsPerCount(ch);
        }
        if (publisher.stream().channels() != width || publisher.stream().maxFramesPerBlock() < MAX_BLOCK_FRAMES) {
            throw new IllegalArgumentException("stream layout does not match the Cyton layout");
        }
    }

    /** The link came back: the next packet is sized against the last one by arrival time, as a RECONNECT gap. */
    public void linkRestored() {
        flush();
        reconnectPending = true;
        pendingLowerPacket = -1;
    }

    /** Publishes the frames collected so far (called at the end of every read). */
    public void flush() {
        if (blockFrames == 0) {
            return;
        }
        SampleBlock block = publisher.block();
        block.setSamples(blockFirst, blockFrames, lastArrival, blockQuality);
        if (blockDeviceMicros != SampleBlock.NO_DEVICE_TIME) {
            block.setDeviceTimeMicros(blockDeviceMicros);
        }
        publisher.publish();
        blockFrames = 0;
        blockDeviceMicros = SampleBlock.NO_DEVICE_TIME;
    }

    @Override
    public void rejected() {
        statistics.frameRejected();
        troubleSinceLast = true;
    }

    @Override
    public void skipped(int bytes) {
        statistics.bytesSkipped(bytes);
        troubleSinceLast = true;
    }

    @Override
    public void resynced() {
        statistics.resynced();
        nextQuality |= Quality.RESYNCED;
    }

    @Override
    public void packet(CytonDecoder.Packet p, long arrivalNanos) {
        if (!advance(p.sampleNumber(), arrivalNanos)) {
            rejected(); // a repeated packet: same counter, no time for a whole wrap
            return;
        }
        statistics.frameAccepted();
        if (p.hasAccelerometer()) {
            for (int i = 0; i < 3; i++) {
                accel[i] = (float) (p.auxInt16(i) * Cyton.ACCEL_G_PER_COUNT);
            }
        }
        if (!daisy) {
            row(packetIndex, p, 0, arrivalNanos);
        } else if ((packetIndex & 1) == 0) {
            stageLowerHalf(p);
        } else if (pendingLowerPacket == packetIndex - 1) {
            row(packetIndex >> 1, p, Cyton.CHANNELS, arrivalNanos);
        }
    }

    /** Moves the packet index on; false for a duplicate. */
    private boolean advance(int sampleNumber, long arrivalNanos) {
        if (packetIndex < 0) {
            // Daisy: odd sample numbers carry channels 1-8 and take even packet indices.
            packetIndex = daisy && (sampleNumber & 1) == 0 ? 1 : 0;
        } else {
            int delta = (sampleNumber - lastSampleNumber) & 0xFF;
            long byTime = Math.round((double) (arrivalNanos - lastArrival) / PACKET_NANOS);
            long wraps = Math.max(0, Math.round((byTime - delta) / 256.0));
            long step = delta + 256 * wraps;
            if (step == 0) {
                return false;
            }
            packetIndex += step;
        }
        lastSampleNumber = sampleNumber;
        lastArrival = arrivalNanos;
        return true;
    }

    /** Daisy: keeps board 1's channels until board 2's packet completes the row. */
    private void stageLowerHalf(CytonDecoder.Packet p) {
        pendingLowerPacket = packetIndex;
        lowerQuality = 0;
        for (int ch = 0; ch < Cyton.CHANNELS; ch++) {
            lower[ch] = (float) (p.count(ch) * scale[ch]);
            lowerQuality |= clip(p.count(ch));
        }
    }

    /** Writes one frame: the packet's channels (after the staged lower half on Daisy), then the accelerometer. */
    private void row(long row, CytonDecoder.Packet p, int firstChannel, long arrivalNanos) {
        startFrame(row);
        int base = blockFrames * width;
        float[] s = publisher.block().samples();
        if (firstChannel > 0) {
            System.arraycopy(lower, 0, s, base, Cyton.CHANNELS);
            blockQuality |= lowerQuality;
        }
        for (int ch = 0; ch < Cyton.CHANNELS; ch++) {
            s[base + firstChannel + ch] = (float) (p.count(ch) * scale[firstChannel + ch]);
            blockQuality |= clip(p.count(ch));
        }
        if (accelerometer) {
            s[base + signalChannels] = accel[0];
            s[base + signalChannels + 1] = accel[1];
            s[base + signalChannels + 2] = accel[2];
        }
        if (blockFrames == 0 && p.hasBoardTime()) {
            blockDeviceMicros = p.boardTimeMillis() * 1000;
        }
        blockFrames++;
        nextRow++;
        if (blockFrames == MAX_BLOCK_FRAMES) {
            flush();
        }
    }

    /** Publishes a gap if rows were lost before {@code row}, and opens the block if it is empty. */
    private void startFrame(long row) {
        if (!started) {
            started = true;
            rowOffset = row;
            nextRow = row;
        }
        if (row > nextRow) {
            flush();
            long missing = row - nextRow;
            GapCause cause = reconnectPending ? GapCause.RECONNECT
                    : troubleSinceLast ? GapCause.REJECTED_FRAME : GapCause.COUNTER_JUMP;
            publisher.publishGap(nextRow - rowOffset, missing, cause, lastArrival);
            statistics.gap(missing);
            nextRow = row;
        }
        reconnectPending = false;
        troubleSinceLast = false;
        if (blockFrames == 0) {
            blockFirst = row - rowOffset;
            blockQuality = nextQuality;
            nextQuality = 0;
        }
    }

    private static int clip(int count) {
        return count >= MAX_COUNT || count <= MIN_COUNT ? Quality.CLIPPED : 0;
    }
}
