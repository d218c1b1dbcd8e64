package org.myofuse.line.driver;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.testkit.CheckingPublisher;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.line.protocol.LineDecoder;
import org.myofuse.testkit.Configs;
import org.myofuse.api.serial.PortStatistics;

/**
 * The reader thread runs the decoder and the assembler for every read: they must not allocate per line,
 * clean or damaged. Measured with the JVM's per-thread allocation counter; the bus is replaced by a
 * stand-in that only counts, so that only this bundle's path is measured.
 */
class LinePathAllocationTest {

    @ParameterizedTest
    @ValueSource(strings = {"values", "keyValue"})
    void decodingAndAssemblingLinesAllocatesNothing(String format) {
        var threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "per-thread allocation counter available");
        var counter = (com.sun.management.ThreadMXBean) threads;
        assumeTrue(counter.isThreadAllocatedMemorySupported() && counter.isThreadAllocatedMemoryEnabled());
        boolean kv = format.equals("keyValue");
        var layout = LineLayout.of(Configs.with(LineDeviceConfig.class, Map.of("channelNames", "fz,fx,temp",
                "format", format, "separator", kv ? "whitespace" : "comma", "scale", "0.001,0.001,1", "offset", "84210,0,0", "rateHz", 100.0)));
        var publisher = new CheckingPublisher(new StreamInfo(0, "alloc", new DeviceDescriptor(LineDeviceDriver.TYPE_ID,
                "generic", "alloc", "x", "x", layout.descriptors(), null), LineStream.MAX_BLOCK_FRAMES, 0), false);
        var stream = new LineStream(publisher, new PortStatistics(), layout);
        var decoder = new LineDecoder(layout.syntax(), stream);
        String clean = kv ? "fz=84321 fx=-12.5 temp=23.41\r\n" : "84321,-12.5,23.41\r\n";
        String bad = kv ? "fz=84321 fx=-1x2.5 temp=23.41\r\n" : "84321,-12.5\r\n";
        byte[] read = (clean.repeat(5) + bad + clean.replace(kv ? "fx=" : ",-", kv ? "fx = " : ", -").repeat(3)
                + "#".repeat(400) + "\n").getBytes(StandardCharsets.US_ASCII);
        int reads = 20_000;
        long t = 0;
        for (int i = 0; i < reads; i++) {
            t += i % 50 == 0 ? 500_000_000L : 90_000_000L; // silences too
            decoder.accept(read, 0, read.length, t);
            stream.flush(t);
        }
        long id = Thread.currentThread().getId();
        long overhead = counter.getThreadAllocatedBytes(id);
        overhead = counter.getThreadAllocatedBytes(id) - overhead;
        long before = counter.getThreadAllocatedBytes(id);
        for (int i = 0; i < reads; i++) {
            t += i % 50 == 0 ? 500_000_000L : 90_000_000L;
            decoder.accept(read, 0, read.length, t);
            stream.flush(t);
        }
        long allocated = counter.getThreadAllocatedBytes(id) - before - overhead;
        assertTrue(publisher.frames() > 8L * reads, "lines went through: " + publisher.frames());
        assertTrue(allocated < reads, allocated + " bytes allocated for " + reads + " reads of 10 lines");
    }
}
