package org.myofuse.mat.driver;

import java.io.ByteArrayOutputStream;

import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.mat.protocol.Mat;
import org.myofuse.mat.protocol.MatDecoder;
import org.myofuse.mat.protocol.MatEncoder;
import org.myofuse.mat.protocol.MatFrameSink;
import org.myofuse.mat.protocol.MatIdentity;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.testkit.RecordingStream;
import org.myofuse.api.serial.PortStatistics;

/**
 * The decoder and the stream assembler on a real bus, fed with bytes the way the reader thread feeds
 * them (one call per read), with arrival times chosen by the test.
 */
final class MatHarness implements AutoCloseable, MatFrameSink {

    final MatIdentity identity;
    final RecordingStream bus;
    final BlockRecorder recorder;
    final PortStatistics stats = new PortStatistics();
    final SamplePublisher publisher;
    final MatStream stream;
    final MatDecoder decoder = new MatDecoder(this);
    final long frameNanos;

    MatHarness(int rows, int columns, int rateHz) {
        identity = new MatIdentity(1, rows, columns, rateHz, 10.0, 12.5, 0.05f, 100, "Test", "T" + rows + "x" + columns,
                "SN1", "1.0");
        frameNanos = 1_000_000_000L / rateHz;
        bus = new RecordingStream(MatLayout.descriptor(identity, ""), MatStream.MAX_BLOCK_FRAMES, 1024);
        recorder = bus.recorder();
        publisher = bus.publisher();
        stream = new MatStream(publisher, stats, identity);
    }

    /** One read of the reader thread. */
    void read(byte[] bytes, long arrivalNanos) {
        decoder.accept(bytes, 0, bytes.length, arrivalNanos);
    }

    /** Ends the stream and waits until the recorder has received everything published. */
    BlockRecorder settle() {
        return bus.settle();
    }

    int cells() {
        return identity.rows() * identity.columns();
    }

    /** Distinct counts for frame {@code base}, over the whole 16-bit range. */
    int[] counts(int base) {
        int[] c = new int[cells()];
        for (int i = 0; i < c.length; i++) {
            c[i] = (int) ((base * 7919L + i * 104_729L) % 65536);
        }
        return c;
    }

    /** The kPa the driver must publish for those counts. */
    float[] expected(int base) {
        int[] c = counts(base);
        float[] f = new float[c.length];
        for (int i = 0; i < c.length; i++) {
            f[i] = (float) identity.kpa(c[i]);
        }
        return f;
    }

    /** A data frame with sequence {@code sequence} and the counts of {@code base}. */
    byte[] frame(int sequence, int base) {
        byte[] out = new byte[Mat.OVERHEAD_BYTES + Mat.dataPayload(identity.rows(), identity.columns())];
        MatEncoder.data(out, 0, identity.rows(), identity.columns(), sequence, counts(base));
        return out;
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        bus.close();
    }

    @Override
    public void frame(MatDecoder.Frame frame, long arrivalNanos) {
        if (frame.type() == Mat.TYPE_DATA) {
            stream.frame(frame, arrivalNanos);
        }
    }

    @Override
    public void rejected() {
        stream.rejected();
    }

    @Override
    public void skipped(int bytes) {
        stream.skipped(bytes);
    }

    @Override
    public void resynced() {
        stream.resynced();
    }
}
