package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.SessionJournal;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;

/**
 * The live engine's hot path stays allocation-free per block now that a session analysis can run
 * the same engine with session statistics: a quiet session (the tool resting, EMG at rest, the
 * patient lying still with sway) is generated up front, then fed block by block while the feeding
 * thread's allocated bytes are counted, with the session's journal writer attached as in a recording
 * session. Also prints the cost per block of the live engine and of an analysis over the same blocks,
 * and what an event costs, journal entry included, on a session with strokes, onsets and guarding.
 */
class LiveEngineAllocationTest {

    private static final double WARM_UP_S = 20;
    private static final double SECONDS = 60;

    /** Pre-generated blocks of one stream, so feeding allocates nothing of its own. */
    private static final class Stream {
        final SimulatedSession.Source source;
        final SampleBlock block;
        final float[] samples;
        final int blocks;
        int next;

        Stream(SimulatedSession.Source source) {
            this.source = source;
            this.block = new SampleBlock(source.info());
            this.blocks = (int) (SECONDS * source.info().sampleRateHz() / source.blockFrames());
            int values = source.blockFrames() * source.info().channels();
            this.samples = new float[blocks * values];
            float[] one = new float[values];
            for (int b = 0; b < blocks; b++) {
                source.signal().fill(one, (long) b * source.blockFrames(), source.blockFrames());
                System.arraycopy(one, 0, samples, b * values, values);
            }
        }

        double nextTimeS() {
            return next >= blocks ? Double.POSITIVE_INFINITY : (double) next * source.blockFrames() / source.info().sampleRateHz();
        }

        void deliver(StreamConsumer consumer) {
            int frames = source.blockFrames();
            int values = frames * source.info().channels();
            System.arraycopy(samples, next * values, block.samples(), 0, values);
            long first = (long) next * frames;
            // arrival: the last sample's time plus a fixed 2 ms
            long arrival = Math.round((first + frames) * 1e9 / source.info().sampleRateHz()) + 2_000_000L;
            block.setSamples(first, frames, arrival, 0);
            consumer.onEvent(block, 0, true);
            next++;
        }
    }

    private static List<Stream> quietSession() {
        // the tool rests on the table (no strokes); no voluntary bursts, guarding or withdrawal: no events
        var scenario = new ScenarioSettings(3, 0.5, 6, 9);
        return List.of(new Stream(SimulatedSession.tool(0, restingTool())),
                new Stream(SimulatedSession.emg(1, new EmgSignal(new EmgSettings(scenario, 1, 4, 1.5, 50, 8, 0, 0, 50, 0, 0)))),
                new Stream(SimulatedSession.mat(2, new MatSignal(new MatSettings(scenario, 1, Posture.SUPINE, 70, 4, 30, 0, 50, 0, 0.2)))));
    }

    /** A tool lying on the table: a small offset and a slow wobble well inside the rest band, no strokes. */
    static org.myofuse.simulator.core.FrameSignal restingTool() {
        return new org.myofuse.simulator.core.FrameSignal(IastmSignal.CHANNELS.size(), IastmSignal.SAMPLE_RATE_HZ, false) {
            @Override
            protected int frame(float[] out, int offset, long index) {
                // a small constant offset and a slow wobble well inside the rest band
                out[offset] = 0.1f;
                out[offset + 1] = -0.05f;
                out[offset + 2] = 0.3f + 0.05f * (float) Math.sin(index * 1e-3);
                return 0;
            }
        };
    }

    /** Feeds every block with data before {@code untilS}; returns the blocks fed. */
    private static int feed(StreamConsumer consumer, List<Stream> streams, double untilS) {
        int fed = 0;
        while (true) {
            Stream earliest = null;
            for (int i = 0; i < streams.size(); i++) {
                Stream s = streams.get(i);
                if (s.nextTimeS() < untilS && (earliest == null || s.nextTimeS() < earliest.nextTimeS())) {
                    earliest = s;
                }
            }
            if (earliest == null) {
                return fed;
            }
            earliest.deliver(consumer);
            fed++;
        }
    }

    /** Looked up once: the lookup itself allocates (816 bytes a call on JDK 17), the reading does not. */
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static long allocatedBytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** A journal that takes every entry and keeps the last (so it escapes, as into the store's queue). */
    private static final class CountingJournal implements SessionJournal {
        long entries;
        JournalEntry last;

        @Override
        public boolean append(String sessionId, JournalEntry entry) {
            entries++;
            last = entry;
            return true;
        }
    }

    @Test
    void shouldFeedTheLiveEngineWithoutAllocatingPerBlock() {
        List<Stream> streams = quietSession();
        FusionEngine engine = new FusionEngine(SimulatedSession.config(Map.of()));
        CountingJournal journal = new CountingJournal();
        engine.addListener(new JournalWriter("1", () -> journal));
        long[] seen = new long[2];
        engine.addListener(new FusionListener() {
            @Override
            public void onFrame(org.myofuse.api.fusion.FusedFrame frame) {
                seen[0]++;
            }

            @Override
            public void onEvent(TherapyEvent event) {
                seen[1]++;
            }
        });
        streams.forEach(s -> engine.onStreamOpened(s.source.info()));
        feed(engine, streams, WARM_UP_S);
        long eventsBefore = seen[1];
        long before = allocatedBytes();
        long start = System.nanoTime();
        int blocks = feed(engine, streams, SECONDS);
        long nanos = System.nanoTime() - start;
        long allocated = allocatedBytes() - before;
        System.out.printf(Locale.ROOT, "live engine: %d blocks, %d bytes allocated, %.2f us per block, %d frames, %d events%n",
                blocks, allocated, nanos / 1e3 / blocks, seen[0], seen[1]);
        assertEquals(eventsBefore, seen[1], "the quiet session raises no events, which may allocate");
        assertTrue(blocks > 5_000, "blocks fed " + blocks);
        // a little slack for the JVM's own bookkeeping on this thread (0 measured); one object per block would be 100 kB
        assertTrue(allocated < 4096, allocated + " bytes over " + blocks + " blocks");
    }

    private static List<Stream> activeSession() {
        var scenario = new ScenarioSettings(42, 0.5, 6, 9);
        return List.of(new Stream(SimulatedSession.tool(0, new IastmSignal(new IastmSettings(scenario, 3, 0.3, 0.05, 0.02)))),
                new Stream(SimulatedSession.emg(1, new EmgSignal(new EmgSettings(scenario, 1, 4, 1.5, 50, 8, 2, 40, 7, 25, 120)))),
                new Stream(SimulatedSession.mat(2, new MatSignal(new MatSettings(scenario, 1, Posture.SUPINE, 70, 4, 30, 15, 8, 20, 0.2)))));
    }

    /** The session's journal writer, counting what writing each entry allocates on the engine's thread. */
    private static final class MeasuredWriter implements FusionListener {
        final CountingJournal journal = new CountingJournal();
        final JournalWriter writer = new JournalWriter("1", () -> journal);
        long bytes;

        @Override
        public void onEvent(TherapyEvent event) {
            long before = allocatedBytes();
            writer.onEvent(event);
            bytes += allocatedBytes() - before;
        }
    }

    @Test
    void shouldAllocateOnlyPerEventAndOneJournalEntryEach() {
        List<Stream> streams = activeSession();
        FusionEngine engine = new FusionEngine(SimulatedSession.config(Map.of()));
        MeasuredWriter journal = new MeasuredWriter();
        engine.addListener(journal);
        streams.forEach(s -> engine.onStreamOpened(s.source.info()));
        feed(engine, streams, WARM_UP_S);
        long events = engine.events();
        long entries = journal.journal.entries;
        long entryBytes = journal.bytes;
        long before = allocatedBytes();
        feed(engine, streams, SECONDS);
        long allocated = allocatedBytes() - before;
        events = engine.events() - events;
        entries = journal.journal.entries - entries;
        entryBytes = journal.bytes - entryBytes;
        assertEquals(events, entries, "an entry per event");
        assertTrue(events > 100, events + " events");
        System.out.printf(Locale.ROOT, "live engine with events: %d events in %.0f s, %.0f bytes per event in all (records, detail"
                + " strings, the journal entry), of which the journal entry %.1f%n", events, SECONDS - WARM_UP_S,
                (double) allocated / events, (double) entryBytes / events);
        // the entry is one small record (48 bytes with compressed references); the rest of an event is the engine's own
        assertTrue(entryBytes <= 64 * events, (double) entryBytes / events + " bytes per journal entry");
    }

    @Test
    void shouldRunAnAnalysisOverTheSameBlocks() {
        List<Stream> streams = quietSession();
        FusionSessionAnalysis analysis = new FusionSessionAnalysis(SimulatedSession.config(Map.of()));
        streams.forEach(s -> analysis.onStreamOpened(s.source.info()));
        long start = System.nanoTime();
        int blocks = feed(analysis, streams, SECONDS);
        long nanos = System.nanoTime() - start;
        var summary = analysis.finish();
        System.out.printf(Locale.ROOT, "session analysis: %d blocks, %.2f us per block (%.0f x real time), %d frames%n", blocks,
                nanos / 1e3 / blocks, SECONDS * 1e9 / nanos, summary.frames());
        assertEquals(0, summary.force().strokeCount());
        assertEquals(SECONDS, summary.durationS(), 0.1);
    }
}
