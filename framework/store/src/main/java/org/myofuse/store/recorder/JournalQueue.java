package org.myofuse.store.recorder;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.myofuse.api.store.JournalEntry;

/**
 * Journal entries waiting for the recorder's next commit. Any thread may offer (a bus dispatch thread
 * among them), so offering is lock-free and never waits: a queue node per entry is the only allocation,
 * and entries are rare next to samples. Bounded, so that a stalled database cannot grow it without end.
 */
final class JournalQueue {

    private final ConcurrentLinkedQueue<JournalEntry> entries = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final int capacity;

    JournalQueue(int capacity) {
        this.capacity = capacity;
    }

    /** Queues an entry; false (and counted) when the queue is full. */
    boolean offer(JournalEntry entry) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            refused.incrementAndGet();
            return false;
        }
        entries.add(entry);
        return true;
    }

    /** The oldest entry, or null; only the recorder takes. */
    JournalEntry poll() {
        JournalEntry e = entries.poll();
        if (e != null) {
            size.decrementAndGet();
        }
        return e;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Entries refused because the queue was full. */
    long refused() {
        return refused.get();
    }
}
