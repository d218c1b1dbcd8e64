package org.myofuse.openbci.driver;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.openbci.protocol.Cyton;
import org.myofuse.openbci.protocol.CytonDecoder;
import org.myofuse.openbci.protocol.CytonEncoder;
import org.myofuse.testkit.Configs;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.testkit.RecordingStream;
import org.myofuse.api.serial.PortStatistics;

/**
 * The decoder and the stream assembler on a real bus, fed with bytes the way the reader thread feeds
 * them (one call per read, flushed after each), with arrival times chosen by the test.
 */
final class StreamHarness implements AutoCloseable {

    static final long PACKET_NANOS = 4_000_000;

    final CytonLayout layout;
    final RecordingStream bus;
    final BlockRecorder recorder;
    final PortStatistics stats = new PortStatistics();
    final SamplePublisher publisher;
    final CytonStream stream;
    final CytonDecoder decoder;

    StreamHarness(Map<String, ?> config) {
        layout = CytonLayout.of(Configs.with(CytonConfig.class, config));
        bus = new RecordingStream(new DeviceDescriptor(CytonDriver.TYPE_ID, "OpenBCI", "Cyton", "v3", "x",
                layout.channels(), null), CytonStream.MAX_BLOCK_FRAMES, 65536);
        recorder = bus.recorder();
        publisher = bus.publisher();
        stream = new CytonStream(publisher, stats, layout);
        decoder = new CytonDecoder(stream);
    }

    /** One read of the reader thread. */
    void read(byte[] bytes, long arrivalNanos) {
        decoder.accept(bytes, 0, bytes.length, arrivalNanos);
        stream.flush();
    }

    /** Ends the stream and waits until the recorder has received everything published. */
    BlockRecorder settle() {
        return bus.settle();
    }

    double scale(int ch) {
        return layout.microvoltsPerCount(ch);
    }

    @Override
    public void close() {
        bus.close();
    }

    /** Packets built by the encoder. */
    static final class Packets {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Packets add(int sampleNumber, int[] counts, byte[] aux, int footer) {
            byte[] p = new byte[Cyton.PACKET_BYTES];
            CytonEncoder.packet(p, 0, sampleNumber, counts, aux, footer);
            out.writeBytes(p);
            return this;
        }

        Packets add(int sampleNumber, int base) {
            return add(sampleNumber, counts(base), null, Cyton.FOOTER_ACCEL);
        }

        Packets raw(byte... bytes) {
            out.writeBytes(bytes);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Eight distinct counts derived from {@code base}, some negative. */
    static int[] counts(int base) {
        int[] c = new int[8];
        for (int ch = 0; ch < 8; ch++) {
            c[ch] = (base * 37 + ch * 1001) * (ch % 2 == 0 ? 1 : -1) % 100_000;
        }
        return c;
    }

    static byte[] packet(int sampleNumber, int base) {
        return new Packets().add(sampleNumber, base).bytes();
    }
}
