package org.myofuse.launcher;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/** Milestones of the boot and the time each bundle took to start, for {@code --boot-time}. */
final class BootTrace implements SynchronousBundleListener {

    private final long start;
    private final StringBuilder marks = new StringBuilder();
    private final Map<Bundle, Long> startedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> startNanos = new ConcurrentHashMap<>();
    private long last;

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STARTING) {
            startedAt.put(event.getBundle(), System.nanoTime());
        } else if (event.getType() == BundleEvent.STARTED) {
            Long begin = startedAt.remove(event.getBundle());
            if (begin != null) {
                startNanos.put(event.getBundle().getSymbolicName(), System.nanoTime() - begin);
            }
        }
    }

    String slowestStarts(int n) {
        return startNanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms")
                .collect(Collectors.joining(", "));
    }

    BootTrace(long start) {
        this.start = start;
        this.last = start;
        mark("main to framework");
    }

    void mark(String phase) {
        long now = System.nanoTime();
        if (marks.length() > 0) {
            marks.append(", ");
        }
        marks.append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
        last = now;
    }

    @Override
    public String toString() {
        return marks + " (" + (last - start) / 1_000_000 + " ms since main)";
    }
}
