package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.simulator.core.FrameSignal;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;

/**
 * The live fusion's journal and a session analysis of the same blocks agree. A recording session on
 * a real stream bus: a tool, an EMG amplifier and a mat for 22 s, and a second amplifier plugged in at
 * 8 s and out at 16 s. A recorder subscribed before the session's run (as the store's is) keeps every
 * call it gets; its calls are then fed, in its order, to a {@link FusionSessionAnalysis}.
 *
 * <p>Fed as recorded, the analysis finds exactly the journaled events: times, types, sources, values,
 * units and details. Fed as the store's replay feeds a recording, every stream opened first (so the
 * amplifier that joined at 8 s is in the frames, without data, from the start), it finds them too:
 * a stream counts from its first data on, whenever the fusion learnt of it.
 */
class LiveAndAnalysisAgreeTest {

    private static final long S = 1_000_000_000L;
    private static final ScenarioSettings SCENARIO = new ScenarioSettings(42, 0.5, 6, 9);

    /** One call the recorder got, with a copy of the block. */
    private record Call(StreamInfo stream, SampleBlock block, String closeReason) {
    }

    /** Keeps every call, as the store's recorder stores it. */
    private static final class Recorder implements StreamConsumer {
        final List<Call> calls = new ArrayList<>();

        @Override
        public synchronized void onStreamOpened(StreamInfo stream) {
            calls.add(new Call(stream, null, null));
        }

        @Override
        public synchronized void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
            SampleBlock copy = new SampleBlock(block.stream());
            copy.copyFrom(block, 0);
            calls.add(new Call(block.stream(), copy, null));
        }

        @Override
        public synchronized void onStreamClosed(StreamInfo stream, String reason) {
            calls.add(new Call(stream, null, reason));
        }

        synchronized List<Call> calls() {
            return List.copyOf(calls);
        }
    }

    private static final class Device {
        final String id;
        final DeviceDescriptor descriptor;
        final FrameSignal signal;
        final long frames;
        final int blockFrames;
        SamplePublisher publisher;
        long next;
        boolean closed;

        /** Streams the scenario's samples from {@code fromS} to {@code untilS} of it; the scenario starts 1 s into the session. */
        Device(String id, DeviceDescriptor descriptor, FrameSignal signal, double fromS, double untilS) {
            this.id = id;
            this.descriptor = descriptor;
            this.signal = signal;
            this.next = Math.round(fromS * signal.sampleRateHz());
            this.frames = Math.round(untilS * signal.sampleRateHz());
            this.blockFrames = (int) Math.round(signal.sampleRateHz() / 100);
        }

        long time(long index) {
            return S + Math.round(index * 1e9 / signal.sampleRateHz());
        }

        long due() {
            return publisher == null ? time(next) : closed ? Long.MAX_VALUE : next < frames ? time(next + blockFrames) : time(frames) + 1;
        }
    }

    private static List<Device> devices() {
        return List.of(
                new Device("sim-iastm-1", new DeviceDescriptor("sim-iastm", "Myofuse", "t", "1", "1", IastmSignal.CHANNELS, null),
                        new IastmSignal(new IastmSettings(SCENARIO, 3, 0.3, 0.05, 0.02)), 0, 22),
                new Device("sim-emg-1", new DeviceDescriptor("sim-emg", "Myofuse", "e", "1", "1", EmgSignal.CHANNELS, null),
                        new EmgSignal(new EmgSettings(SCENARIO, 1, 4, 1.5, 50, 8, 2, 40, 7, 25, 120)), 0, 22),
                new Device("sim-mat-1", new DeviceDescriptor("sim-mat", "Myofuse", "m", "1", "1", MatSignal.CHANNELS, Posture.SUPINE.grid()),
                        new MatSignal(new MatSettings(SCENARIO, 1, Posture.SUPINE, 70, 4, 30, 15, 8, 20, 0.2)), 0, 22),
                // plugged in mid-session: the same scenario from its 7th second on (its samples count from there)
                new Device("sim-emg-2", new DeviceDescriptor("sim-emg", "Myofuse", "e", "2", "1", EmgSignal.CHANNELS, null),
                        new EmgSignal(new EmgSettings(SCENARIO, 2, 4, 1.5, 50, 8, 2, 40, 7, 25, 120)), 7, 15));
    }

    private List<JournalEntry> journaled;
    private List<Call> recorded;

    /** Runs the session live; keeps the journal and the recorder's calls. */
    private void record() {
        List<Device> devices = devices();
        InMemoryJournal journal = new InMemoryJournal(10_000);
        Recorder recorder = new Recorder();
        try (var bus = new RingStreamBus(new MonotonicSessionClock()); var live = new LiveFusion(SimulatedSession.config(Map.of()), bus)) {
            live.setJournal(journal);
            // the store subscribes its recorder in beginSession, before it tells the listeners
            Subscription recording = bus.subscribe("recorder", recorder, 1024);
            journal.begin("1");
            live.sessionBegan(new SessionInfo("1", "", "", "", 0, -1, SessionStatus.RECORDING));
            Subscription fusion = live.run().subscription();
            long published = 0;
            while (true) {
                Device d = devices.stream().min(Comparator.comparingLong(Device::due)).orElseThrow();
                if (d.due() == Long.MAX_VALUE) {
                    break;
                }
                if (d.publisher == null) {
                    d.publisher = bus.openStream(d.id, d.descriptor, d.blockFrames);
                } else if (d.next < d.frames) {
                    SampleBlock b = d.publisher.block();
                    int quality = d.signal.fill(b.samples(), d.next, d.blockFrames);
                    b.setSamples(d.next, d.blockFrames, d.time(d.next + d.blockFrames) + 2_000_000L, quality | Quality.SIMULATED);
                    d.publisher.publish();
                    d.next += d.blockFrames;
                    long p = ++published;
                    // both keep up, as on a live host: neither sees one stream's backlog before another's
                    if (p - fusion.deliveredBlocks() > 4 || p - recording.deliveredBlocks() > 4) {
                        await(() -> fusion.deliveredBlocks() == p && recording.deliveredBlocks() == p);
                    }
                } else {
                    bus.closeStream(d.publisher, "device removed");
                    d.closed = true;
                }
            }
            await(() -> live.run().openStreams() == 0 && recorder.calls().stream().filter(c -> c.closeReason != null).count() == 4);
            assertEquals(0, fusion.droppedBlocks() + recording.droppedBlocks(), "blocks dropped");
            recording.close();
            journal.end();
            live.sessionEnded(new SessionInfo("1", "", "", "", 0, 1, SessionStatus.COMPLETE));
        }
        journaled = journal.of("1");
        recorded = recorder.calls();
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20 * S;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            LockSupport.parkNanos(20_000);
        }
    }

    /** The analysis of the recorded calls; with {@code opensFirst}, every stream is opened before any block, as a replay does. */
    private List<JournalEntry> analyse(boolean opensFirst) {
        FusionSessionAnalysis analysis = new FusionSessionAnalysis(SimulatedSession.config(Map.of()));
        if (opensFirst) {
            recorded.stream().filter(c -> c.block == null && c.closeReason == null).forEach(c -> analysis.onStreamOpened(c.stream));
        }
        long sequence = 0;
        for (Call c : recorded) {
            if (c.block != null) {
                analysis.onEvent(c.block, sequence++, true);
            } else if (c.closeReason != null) {
                analysis.onStreamClosed(c.stream, c.closeReason);
            } else if (!opensFirst) {
                analysis.onStreamOpened(c.stream);
            }
        }
        analysis.finish();
        return analysis.events().stream().map(LiveAndAnalysisAgreeTest::entry).toList();
    }

    private static JournalEntry entry(TherapyEvent e) {
        return new JournalEntry(e.sessionNanos(), e.type().name(), e.source(), e.value(), e.unit(), e.detail(), JournalEntry.LIVE);
    }

    /** The analysis's order: time, then source, type and detail. */
    private static List<JournalEntry> sorted(List<JournalEntry> entries) {
        return entries.stream().sorted(Comparator.comparingLong(JournalEntry::sessionNanos).thenComparing(JournalEntry::source)
                .thenComparing(JournalEntry::type).thenComparing(JournalEntry::detail)).toList();
    }

    @Test
    void shouldFindExactlyTheJournaledEventsWhenTheRecordedBlocksAreAnalysed() {
        record();
        assertTrue(recorded.stream().allMatch(c -> c.block == null || c.block.kind() == BlockKind.SAMPLES), "no gaps");
        Set<String> types = journaled.stream().map(JournalEntry::type).collect(Collectors.toSet());
        assertTrue(journaled.size() > 50 && types.containsAll(Set.of("STROKE_START", "STROKE_END", "EMG_ONSET", "EMG_OFFSET", "GUARDING")),
                journaled.size() + " events of " + types);
        assertTrue(journaled.stream().anyMatch(e -> e.source().startsWith("sim-emg-2/")), "events of the amplifier that joined");
        assertEquals(analyse(false), sorted(journaled));
    }

    @Test
    void shouldFindThemAlsoWhenEveryStreamIsOpenedFirstAsAReplayDoes() {
        record();
        List<JournalEntry> replay = analyse(true);
        assertTrue(replay.stream().anyMatch(e -> e.type().equals("GUARDING")), "guarding in the session: " + replay);
        assertEquals(replay, sorted(journaled));
    }
}
