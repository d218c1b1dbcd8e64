package org.myofuse.mat.driver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

/**
 * The reader thread's path (decoder, calibration, publish on the real bus) allocates nothing per image
 * in steady state. Measured with the JVM's per-thread allocation counter; no timing involved.
 */
class MatAllocationTest {

    @Test
    void decodingAndPublishingImagesAllocatesNothingPerImage() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        assertTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM counts allocations per thread");
        try (var h = new MatHarness(32, 32, 100)) {
            byte[][] frames = new byte[4000][];
            for (int i = 0; i < frames.length; i++) {
                frames[i] = h.frame(i, i % 7);
            }
            for (int i = 0; i < 2000; i++) {
                h.read(frames[i], i * h.frameNanos);
            }
            long before = threads.getThreadAllocatedBytes(self);
            for (int i = 2000; i < 4000; i++) {
                h.read(frames[i], i * h.frameNanos);
            }
            long allocated = threads.getThreadAllocatedBytes(self) - before;
            assertTrue(before > 0, "the counter runs (making the frames allocated " + before + " bytes)");
            assertTrue(allocated < 2000, "2000 images of 32 x 32 allocated " + allocated + " bytes");
        }
    }
}
