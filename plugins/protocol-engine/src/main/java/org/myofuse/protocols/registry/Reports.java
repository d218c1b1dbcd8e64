package org.myofuse.protocols.registry;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The registry's one-line reports of refused documents, held back for a moment: while the host starts,
 * bundles come one by one, and a composed protocol read before the protocols it includes, or an override
 * read before its protocol's bundle, is refused only until they arrive. A report still standing after
 * the hold is logged (WARNING); one cleared meanwhile is dropped; {@link #close} logs what is still
 * held, so a command that ends at once still prints its refusals.
 *
 * <p>Thread-safe. The hold runs on a daemon timer thread of its own ({@code myofuse-protocol-reports}).
 */
final class Reports implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Registry.class.getName());

    private record Held(String line, long dueNanos) {
    }

    private final long holdNanos;
    private final Map<String, Held> held = new LinkedHashMap<>();
    private ScheduledExecutorService timer;

    /** @param holdMillis how long a refusal must stand before it is logged; 0 logs at once */
    Reports(long holdMillis) {
        this.holdNanos = TimeUnit.MILLISECONDS.toNanos(holdMillis);
    }

    /** A document was refused (or is unused): {@code line} is logged unless it is cleared within the hold. */
    synchronized void refused(String file, String line) {
        if (holdNanos == 0) {
            LOG.log(System.Logger.Level.WARNING, line);
            return;
        }
        held.put(file, new Held(line, System.nanoTime() + holdNanos));
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "myofuse-protocol-reports");
                t.setDaemon(true);
                return t;
            });
        }
        timer.schedule(this::logDue, holdNanos, TimeUnit.NANOSECONDS);
    }

    /** The document is in effect now, or gone: a held report of it is dropped. */
    synchronized void cleared(String file) {
        held.remove(file);
    }

    private synchronized void logDue() {
        long now = System.nanoTime();
        for (Iterator<Held> i = held.values().iterator(); i.hasNext();) {
            Held h = i.next();
            if (now - h.dueNanos() >= 0) {
                LOG.log(System.Logger.Level.WARNING, h.line());
                i.remove();
            }
        }
    }

    /** Logs every report still held and stops the timer. */
    @Override
    public synchronized void close() {
        held.values().forEach(h -> LOG.log(System.Logger.Level.WARNING, h.line()));
        held.clear();
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
