package org.myofuse.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.iastm.driver.IastmDriver;
import org.myofuse.iastm.driver.IastmLayout;
import org.myofuse.iastm.driver.IastmStream;
import org.myofuse.iastm.protocol.IastmDecoder;
import org.myofuse.iastm.protocol.IastmEncoder;
import org.myofuse.iastm.protocol.IastmFrameSink;
import org.myofuse.iastm.protocol.IdentifyInfo;
import org.myofuse.line.driver.LineDeviceConfig;
import org.myofuse.line.driver.LineDeviceDriver;
import org.myofuse.line.driver.LineLayout;
import org.myofuse.line.driver.LineStream;
import org.myofuse.line.protocol.LineDecoder;
import org.myofuse.line.protocol.LineEncoder;
import org.myofuse.mat.driver.MatLayout;
import org.myofuse.mat.driver.MatStream;
import org.myofuse.mat.protocol.Mat;
import org.myofuse.mat.protocol.MatDecoder;
import org.myofuse.mat.protocol.MatEncoder;
import org.myofuse.mat.protocol.MatFrameSink;
import org.myofuse.mat.protocol.MatIdentity;
import org.myofuse.openbci.driver.CytonConfig;
import org.myofuse.openbci.driver.CytonDriver;
import org.myofuse.openbci.driver.CytonLayout;
import org.myofuse.openbci.driver.CytonStream;
import org.myofuse.openbci.protocol.Cyton;
import org.myofuse.openbci.protocol.CytonDecoder;
import org.myofuse.openbci.protocol.CytonEncoder;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.api.serial.PortStatistics;
import org.myofuse.testkit.Configs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each serial driver's real decoder and stream assembler, publishing on a real {@link RingStreamBus}
 * with one consumer thread, fed encoder-built wire bytes in 4096-byte reads as the reader thread
 * would (LINE: one line per read, as an 80 Hz port delivers it; a 4096-byte burst of 500 lines would
 * rightly look like a stalled then flooding device to its arrival-time gap check). One operation is one device frame (Cyton packet, IASTM frame, 32 x 32 mat image, text line),
 * so the score is frames/s and {@code gc.alloc.rate.norm} (with {@code -prof gc}) is bytes per frame.
 * Divide by the device rate (250, 1000, 100, 80 Hz) for the real-time factor.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Thread)
public class DecoderBenchmark {

    /** Frames per pre-encoded pass; a multiple of 256 so the Cyton counter wraps cleanly between passes. */
    static final int FRAMES = 10_240;
    static final int READ_BYTES = 4096;

    @Param({"CYTON", "IASTM", "MAT", "LINE"})
    public String device;

    private final RingStreamBus bus = new RingStreamBus(new MonotonicSessionClock());
    private final PortStatistics stats = new PortStatistics();
    private Driver driver;
    private byte[] wire;
    private long frameNanos;
    private int frameBytes;
    private long passes;
    /** Re-encodes the wire for pass n where sequence numbers must keep counting (null: every pass is alike). */
    private LongConsumer encodePass;
    /** Start offset of each frame, for LINE, which is fed one line per read as an 80 Hz port delivers it. */
    private int[] lineStarts;

    /** One device's decoder plus stream: one call per read, as the reader thread makes it. */
    interface Driver {
        void read(byte[] data, int offset, int length, long arrivalNanos);
    }

    @Setup(Level.Trial)
    public void setUp() {
        bus.subscribe("fusion", new Consumers.Fusion(), 4096);
        switch (device) {
            case "CYTON" -> cyton();
            case "IASTM" -> iastm();
            case "MAT" -> mat();
            case "LINE" -> line();
            default -> throw new IllegalArgumentException("unknown device " + device);
        }
    }

    /**
     * IASTM and the mat carry a 16-bit sequence number (and IASTM a device time), so replaying the same
     * bytes would be rejected as repeats or seen as gaps: their next pass is encoded here, untimed.
     */
    @Setup(Level.Invocation)
    public void nextPass() {
        if (encodePass != null) {
            encodePass.accept(passes);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        // printed so a reader can check that the pass boundaries did not turn into rejected frames
        System.out.println(device + " " + stats.snapshot());
        bus.close();
    }

    /** Decodes one pass of {@link #FRAMES} frames in 4096-byte reads, stamped on a continuous timeline. */
    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void decodeAndPublish() {
        long t0 = passes++ * FRAMES * frameNanos;
        if (lineStarts != null) {
            for (int i = 0; i < FRAMES; i++) {
                int end = i + 1 < FRAMES ? lineStarts[i + 1] : wire.length;
                driver.read(wire, lineStarts[i], end - lineStarts[i], t0 + i * frameNanos);
            }
            return;
        }
        for (int off = 0; off < wire.length; off += READ_BYTES) {
            int n = Math.min(READ_BYTES, wire.length - off);
            long arrival = t0 + (long) (off + n) / frameBytes * frameNanos;
            driver.read(wire, off, n, arrival);
        }
    }

    private void cyton() {
        CytonLayout layout = CytonLayout.of(Configs.with(CytonConfig.class, Map.of()));
        SamplePublisher p = bus.openStream("cyton", new DeviceDescriptor(CytonDriver.TYPE_ID, "OpenBCI", "Cyton",
                "v3", "bench", layout.channels(), null), CytonStream.MAX_BLOCK_FRAMES);
        CytonStream stream = new CytonStream(p, stats, layout);
        CytonDecoder decoder = new CytonDecoder(stream);
        driver = (d, o, n, t) -> {
            decoder.accept(d, o, n, t);
            stream.flush();
        };
        wire = new byte[FRAMES * Cyton.PACKET_BYTES];
        int[] counts = new int[8];
        for (int i = 0; i < FRAMES; i++) {
            for (int ch = 0; ch < 8; ch++) {
                counts[ch] = ((i * 37 + ch * 1001) % 100_000) * (ch % 2 == 0 ? 1 : -1);
            }
            CytonEncoder.packet(wire, i * Cyton.PACKET_BYTES, i & 0xFF, counts, null, Cyton.FOOTER_ACCEL);
        }
        frameNanos = 4_000_000;
        frameBytes = Cyton.PACKET_BYTES;
    }

    private void iastm() {
        var tool = new IdentifyInfo(1, 1000, 50_000_000, 150_000_000, 1_000, true, "Acme", "F3", "2.0", "bench");
        IastmLayout layout = new IastmLayout(tool, false);
        SamplePublisher p = bus.openStream("iastm", new DeviceDescriptor(IastmDriver.TYPE_ID, "Acme", "F3", "2.0",
                "bench", layout.channels(), null), IastmStream.MAX_BLOCK_FRAMES);
        IastmStream stream = new IastmStream(p, stats, layout);
        IastmDecoder decoder = new IastmDecoder(new IastmFrameSink() {
            @Override
            public void data(IastmDecoder.DataFrame frame, long arrivalNanos) {
                stream.data(frame, arrivalNanos);
            }

            @Override
            public void reply(int type, byte[] payload, int offset, int length) {
            }

            @Override
            public void rejected() {
                stats.frameRejected();
            }

            @Override
            public void skipped(int bytes) {
                stats.bytesSkipped(bytes);
            }

            @Override
            public void resynced() {
                stream.resynced();
            }
        });
        driver = (d, o, n, t) -> {
            decoder.accept(d, o, n, t);
            stream.flush();
        };
        byte[] f = new byte[IastmEncoder.MAX_FRAME_BYTES];
        int size = IastmEncoder.data(f, 0, 0, 0, new int[3], null);
        wire = new byte[FRAMES * size];
        int[] force = new int[3];
        encodePass = pass -> {
            for (int i = 0; i < FRAMES; i++) {
                long k = pass * FRAMES + i;
                force[0] = (int) (k * 1_237 % 40_000_000) - 3_000_000;
                force[1] = -(int) (k * 911 % 9_000_000);
                force[2] = (int) (k * 7_919 % 120_000_000) + 17;
                int n = IastmEncoder.data(wire, i * size, (int) (k & 0xFFFF), (k * 1000) & 0xFFFF_FFFFL, force, null);
                if (n != size) {
                    throw new IllegalStateException("IASTM frame " + k + " is " + n + " bytes, not " + size);
                }
            }
        };
        encodePass.accept(0);
        frameNanos = 1_000_000;
        frameBytes = size;
    }

    private void mat() {
        var id = new MatIdentity(1, 32, 32, 100, 10.0, 12.5, 0.05f, 100, "Test", "T32x32", "bench", "1.0");
        SamplePublisher p = bus.openStream("mat", MatLayout.descriptor(id, ""), MatStream.MAX_BLOCK_FRAMES);
        MatStream stream = new MatStream(p, stats, id);
        MatDecoder decoder = new MatDecoder(new MatFrameSink() {
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
        });
        driver = decoder::accept;
        int size = Mat.OVERHEAD_BYTES + Mat.dataPayload(32, 32);
        wire = new byte[FRAMES * size];
        int[] counts = new int[32 * 32];
        encodePass = pass -> {
            for (int i = 0; i < FRAMES; i++) {
                long k = pass * FRAMES + i;
                for (int c = 0; c < counts.length; c++) {
                    counts[c] = (int) ((k * 7919L + c * 104_729L) % 65536);
                }
                MatEncoder.data(wire, i * size, 32, 32, (int) (k & 0xFFFF), counts);
            }
        };
        encodePass.accept(0);
        frameNanos = 10_000_000;
        frameBytes = size;
    }

    private void line() {
        LineLayout layout = LineLayout.of(Configs.with(LineDeviceConfig.class, Map.of()));
        SamplePublisher p = bus.openStream("line", new DeviceDescriptor(LineDeviceDriver.TYPE_ID, "generic", "bench",
                "x", "x", layout.descriptors(), null), LineStream.MAX_BLOCK_FRAMES);
        LineStream stream = new LineStream(p, stats, layout);
        LineDecoder decoder = new LineDecoder(layout.syntax(), stream);
        driver = (d, o, n, t) -> {
            decoder.accept(d, o, n, t);
            stream.flush(t);
        };
        var text = new StringBuilder();
        lineStarts = new int[FRAMES];
        for (int k = 0; k < FRAMES; k++) {
            lineStarts[k] = text.length();
            text.append(LineEncoder.line(layout.syntax(), new String[] {LineEncoder.fixed(k * 37L % 200_000 - 100_000, 2)},
                    "\r\n"));
        }
        wire = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        frameNanos = 12_500_000;
        frameBytes = wire.length / FRAMES;
    }
}
