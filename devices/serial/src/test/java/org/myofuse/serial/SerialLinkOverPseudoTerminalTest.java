package org.myofuse.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.VirtualPortPair;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.VirtualPortPair;
import org.myofuse.runtime.stream.MonotonicSessionClock;

/** The transport on real pseudo-terminals made by socat: what a USB serial adapter looks like to it. */
class SerialLinkOverPseudoTerminalTest {

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final SerialTransport transport = ServiceLoader.load(SerialTransport.class).findFirst().orElseThrow();
    private final Recorder host = new Recorder();
    private VirtualPortPair pair;
    private SerialLink hostLink;
    private SerialLink deviceLink;

    @TempDir
    Path dir;

    @AfterEach
    void unplug() {
        for (AutoCloseable c : new AutoCloseable[] {hostLink, deviceLink, pair}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void bytesWrittenAtOneEndArriveAtTheOtherWithArrivalTimes() throws Exception {
        pair = transport.openVirtualPair();
        hostLink = transport.open(SerialLinkSpec.of(pair.hostPath(), 115200, clock, "test-host"), host);
        deviceLink = transport.open(new SerialLinkSpec(pair.devicePath(), 115200, clock, "test-device",
                Duration.ofMillis(500), false), new Recorder());
        long before = clock.nanos();
        deviceLink.write("OpenBCI V3\n$$$");
        await("banner bytes", () -> host.text().equals("OpenBCI V3\n$$$"));
        assertTrue(host.lastArrival >= before, "arrival stamped on the session clock after the write");
        assertEquals(14, hostLink.statistics().snapshot().bytes());
        assertTrue(hostLink.isUp());
    }

    @Test
    void unplugIsDetectedWithinOneSecondAndReplugOnTheSamePathReconnects() throws Exception {
        Path deviceEnd = dir.resolve("device");
        Path hostEnd = dir.resolve("host");
        pair = transport.openVirtualPair(deviceEnd, hostEnd);
        hostLink = transport.open(SerialLinkSpec.of(hostEnd.toString(), 115200, clock, "test-host"), host);

        long unplugged = System.nanoTime();
        pair.close();
        await("link lost", () -> !host.lost.isEmpty());
        assertTrue(System.nanoTime() - unplugged < TimeUnit.SECONDS.toNanos(1), "detected within 1 s");
        assertTrue(host.lost.get(0).startsWith(hostEnd + ": "), host.lost.get(0));
        assertFalse(hostLink.isUp());

        pair = transport.openVirtualPair(deviceEnd, hostEnd);
        await("link restored", () -> host.restored > 0);
        assertTrue(hostLink.isUp());
        deviceLink = transport.open(new SerialLinkSpec(pair.devicePath(), 115200, clock, "test-device",
                Duration.ofMillis(500), false), new Recorder());
        deviceLink.write("after replug");
        await("bytes after replug", () -> host.text().endsWith("after replug"));
        var stats = hostLink.statistics().snapshot();
        assertEquals(1, stats.disconnects());
        assertEquals(1, stats.reconnects());
    }

    @Test
    void aSilentDeviceIsALostLinkOnlyWhileDataIsExpected() throws Exception {
        pair = transport.openVirtualPair();
        hostLink = transport.open(new SerialLinkSpec(pair.hostPath(), 115200, clock, "test-host",
                Duration.ofMillis(300), false), host);
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(600));
        assertTrue(host.lost.isEmpty(), "nothing expected yet: silence is fine");
        hostLink.expectData(true);
        try {
            await("watchdog fired", () -> !host.lost.isEmpty());
        } catch (AssertionError e) {
            // Seen once in about twenty runs and not reproduced since: say where the reader thread was.
            throw new AssertionError(e.getMessage() + "; " + host.text().length() + " bytes received, statistics "
                    + hostLink.statistics().snapshot() + ", reader at " + stackOf("test-host"), e);
        }
        assertTrue(host.lost.get(0).contains("no data for"), host.lost.get(0));
    }

    @Test
    void aReaderThatDoesNotComeBackStillReportsTheSilenceOnItsOwnThread() throws Exception {
        // A listener that holds the reader thread stands in for a native read stuck past its timeout.
        var release = new java.util.concurrent.CountDownLatch(1);
        var lostOn = new java.util.concurrent.CopyOnWriteArrayList<String>();
        var stuck = new Recorder() {
            @Override
            public void bytesArrived(byte[] buffer, int length, long arrivalNanos) {
                super.bytesArrived(buffer, length, arrivalNanos); // records under the lock, then holds the thread outside it
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void linkLost(String reason, long lastDataNanos) {
                lostOn.add(Thread.currentThread().getName());
                super.linkLost(reason, lastDataNanos);
            }
        };
        pair = transport.openVirtualPair();
        hostLink = transport.open(new SerialLinkSpec(pair.hostPath(), 115200, clock, "test-stuck",
                Duration.ofMillis(300), false), stuck);
        hostLink.expectData(true);
        deviceLink = transport.open(new SerialLinkSpec(pair.devicePath(), 115200, clock, "test-device",
                Duration.ofMillis(500), false), new Recorder());
        deviceLink.write("x");
        await("the reader holding the byte", () -> stuck.text().equals("x"));
        // Longer than the no-data timeout plus the watchdog's grace and tick: the watchdog closes the port now.
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(800));
        assertTrue(stuck.lost.isEmpty(), "nothing is reported while the reader thread is held");
        release.countDown();
        await("the loss reported", () -> !stuck.lost.isEmpty());
        assertTrue(stuck.lost.get(0).contains("no data for"), stuck.lost.get(0));
        // The watchdog measured the silence while the reader was held (300 ms timeout + 100 ms grace + a tick);
        // the reader itself could only have measured it after the release, 800 ms on.
        long silentMs = Long.parseLong(stuck.lost.get(0).replaceAll(".*no data for (\\d+) ms.*", "$1"));
        assertTrue(silentMs < 750, "the watchdog acted while the reader was held: " + stuck.lost.get(0));
        assertEquals(List.of("test-stuck"), lostOn, "reported on the port's reader thread, never the watchdog's");
    }

    @Test
    void aMissingPortIsAOneLineErrorNamingIt() {
        String path = dir.resolve("ttyUSB9").toString();
        var e = assertThrows(DeviceException.class,
                () -> transport.open(SerialLinkSpec.of(path, 115200, clock, "x"), host));
        assertEquals(path + ": no such serial port (unplugged, or wrong path?)", e.getMessage());
    }

    @Test
    void closeIsBoundedAndEndsTheReaderThread() throws Exception {
        pair = transport.openVirtualPair();
        hostLink = transport.open(SerialLinkSpec.of(pair.hostPath(), 115200, clock, "test-close-reader"), host);
        long t0 = System.nanoTime();
        hostLink.close();
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2));
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("test-close-reader") && t.isAlive()));
        assertThrows(DeviceException.class, () -> hostLink.write("b"));
    }

    private static String stackOf(String threadName) {
        return Thread.getAllStackTraces().entrySet().stream().filter(e -> e.getKey().getName().equals(threadName))
                .map(e -> e.getKey().getState() + " " + java.util.Arrays.toString(e.getValue())).findFirst()
                .orElse("no thread " + threadName);
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    static class Recorder implements SerialListener {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<String> lost = new CopyOnWriteArrayList<>();
        volatile int restored;
        volatile long lastArrival;

        @Override
        public synchronized void bytesArrived(byte[] buffer, int length, long arrivalNanos) {
            bytes.write(buffer, 0, length);
            lastArrival = arrivalNanos;
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.US_ASCII);
        }

        @Override
        public void linkLost(String reason, long lastDataNanos) {
            lost.add(reason);
        }

        @Override
        public void linkRestored(SerialLink link, long downNanos) {
            restored++;
        }
    }
}
