package org.myofuse.serial.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A second pair of eyes on silent ports. A reader thread notices silence itself when its read times
 * out, but a native read has been seen (rarely, on pseudo-terminals) to block past its timeout; then
 * nothing would ever report the silent device. This thread checks every open link ten times a second
 * and closes the port of one that has been silent too long, which ends the blocked read: the link's own
 * reader thread then reports the loss, so listeners still hear from that thread only.
 *
 * <p>One daemon thread for all links, started with the first and ending when the last is closed, so a
 * stopped bundle leaves no thread behind.
 */
final class SilenceWatchdog {

    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final Object LOCK = new Object();
    private static final List<JSerialCommLink> LINKS = new ArrayList<>();
    private static boolean running;

    private SilenceWatchdog() {
    }

    static void watch(JSerialCommLink link) {
        synchronized (LOCK) {
            LINKS.add(link);
            if (!running) {
                running = true;
                Thread t = new Thread(SilenceWatchdog::loop, "myofuse-serial-watchdog");
                t.setDaemon(true);
                t.start();
            }
        }
    }

    static void forget(JSerialCommLink link) {
        synchronized (LOCK) {
            LINKS.remove(link);
        }
    }

    private static void loop() {
        while (true) {
            LockSupport.parkNanos(TICK_NANOS);
            JSerialCommLink[] links;
            synchronized (LOCK) {
                if (LINKS.isEmpty()) {
                    running = false;
                    return;
                }
                links = LINKS.toArray(new JSerialCommLink[0]);
            }
            for (JSerialCommLink link : links) {
                link.checkSilence();
            }
        }
    }
}
