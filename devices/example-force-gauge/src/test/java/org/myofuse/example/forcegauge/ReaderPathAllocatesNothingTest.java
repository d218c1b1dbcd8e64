package org.myofuse.example.forcegauge;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.myofuse.api.serial.PortStatistics;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.example.forcegauge.gcl.LineAssembler;
import org.myofuse.example.forcegauge.gcl.LineSink;
import org.myofuse.testkit.CheckingPublisher;

/**
 * What the reader thread does for every read - cut lines, parse readings, publish frames and gaps,
 * count - must not allocate. Measured with the JVM's per-thread allocation counter over many reads of
 * clean, damaged, overlong and unsolicited lines; the bus is replaced by the testkit's checking
 * stand-in so that only this bundle's path is measured.
 */
class ReaderPathAllocatesNothingTest {

    @Test
    void decodingAndPublishingResponsesAllocatesNothing() {
        var threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "per-thread allocation counter available");
        var counter = (com.sun.management.ThreadMXBean) threads;
        assumeTrue(counter.isThreadAllocatedMemorySupported() && counter.isThreadAllocatedMemoryEnabled());

        var descriptor = Mark10GaugeDriver.descriptor(new Identity("M5-20", "1", "1.00", 0.01), 50, 100);
        var publisher = new CheckingPublisher(new StreamInfo(0, "alloc", descriptor, GaugeStream.MAX_BLOCK_FRAMES, 0));
        var stream = new GaugeStream(publisher, new PortStatistics(), 100, () -> { });
        var polls = new Polls(stream);
        var assembler = new LineAssembler();
        // One read: readings in three units, a damaged one, an error code, an overlong line, an overload.
        byte[] read = ("6.52 N\r\n-1.466 lbF\r\n6.x2 N\r\n0.665 kgF\r\n*10\r\n" + "7".repeat(100) + "\r\n"
                + "150.00 N\r\n12.30\r\n").getBytes(StandardCharsets.US_ASCII);

        int reads = 20_000;
        long t = 0;
        for (int i = 0; i < reads; i++) {
            assembler.accept(read, 0, read.length, t += 1_000_000, polls);
        }
        long id = Thread.currentThread().getId();
        long overhead = counter.getThreadAllocatedBytes(id);
        overhead = counter.getThreadAllocatedBytes(id) - overhead;
        long before = counter.getThreadAllocatedBytes(id);
        for (int i = 0; i < reads; i++) {
            assembler.accept(read, 0, read.length, t += 1_000_000, polls);
            if (i % 100 == 0) {
                stream.linkRestored(); // and a reconnect now and then
            }
        }
        long allocated = counter.getThreadAllocatedBytes(id) - before - overhead;
        assertTrue(publisher.frames() == 5L * 2 * reads, "responses went through: " + publisher.frames());
        assertTrue(allocated < reads, allocated + " bytes allocated for " + reads + " reads of 8 lines");
    }

    /** What the connection does with a line while streaming, with every second poll unanswered. */
    private static final class Polls implements LineSink {
        private final GaugeStream stream;
        private long poll;

        Polls(GaugeStream stream) {
            this.stream = stream;
        }

        @Override
        public void line(byte[] line, int length, long arrivalNanos) {
            stream.response(poll, line, length, arrivalNanos);
            poll += 2;
        }

        @Override
        public void overlong(int bytes, long arrivalNanos) {
            stream.rejected();
            poll += 2;
        }
    }
}
