package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.lib.simulation.TherapyScenario;
import org.myofuse.simulator.core.FrameSignal;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;

/**
 * A day of one host: the real runtime's stream bus (a {@link StandaloneHost}) with one
 * {@link LiveFusion}, 21 recording sessions and the time between them, and 200 devices added and
 * removed: in each of 19 sessions ten devices come and go, at most three at once (six of them 8-channel
 * EMG amplifiers: 952 EMG channels over the day against 64 in a frame); one device streams on past
 * its session's end; four stream while no session records. The 20th session first streams three quiet
 * devices for 30 s, over which the run's dispatch thread is measured not to allocate, then, after the
 * bus was idle, the day's last three devices, which must still fuse exactly: frames every 10 ms
 * carrying all three, the scenario's strokes at their times, EMG onsets, all journaled.
 *
 * <p>Devices publish from this one thread in data-time order with arrival times on a virtual session
 * clock (the sampling time plus 2 ms), paced so that the fusion never lags more than a few blocks (it
 * neither loses one nor sees one stream's backlog before another's); before each
 * session boundary the fusion has caught up, as a real store's recorder and a human operator give it
 * time to.
 */
class LiveFusionThroughTheDayTest {

    private static final ScenarioSettings SCENARIO = new ScenarioSettings(5, 1, 5, 8);
    private static final ScenarioSettings QUIET = new ScenarioSettings(3, 0.5, 6, 9);
    private static final long S = 1_000_000_000L;
    private static final int CHURN_SESSIONS = 19;
    private static final int FRAMES = 200_000;

    private enum Kind { EMG, TOOL, MAT }

    /** One device of the day: its generator streams from {@code start} for {@code seconds} of virtual session time. */
    private static final class Device {
        final String id;
        final Kind kind;
        final FrameSignal signal;
        final long start;
        final long frames;
        final int blockFrames;
        SamplePublisher publisher;
        long next;
        boolean closed;

        Device(String id, Kind kind, FrameSignal signal, long start, double seconds) {
            this.id = id;
            this.kind = kind;
            this.signal = signal;
            this.start = start;
            this.frames = Math.round(seconds * signal.sampleRateHz());
            // blocks of 10 ms
            this.blockFrames = (int) Math.round(signal.sampleRateHz() / 100);
        }

        DeviceDescriptor descriptor() {
            return switch (kind) {
                case EMG -> new DeviceDescriptor("sim-emg", "Myofuse", "e", "1", "1", EmgSignal.CHANNELS, null);
                case TOOL -> new DeviceDescriptor("sim-iastm", "Myofuse", "t", "1", "1", IastmSignal.CHANNELS, null);
                case MAT -> new DeviceDescriptor("sim-mat", "Myofuse", "m", "1", "1", MatSignal.CHANNELS, Posture.SUPINE.grid());
            };
        }

        long time(long index) {
            return start + Math.round(index * 1e9 / signal.sampleRateHz());
        }

        long end() {
            return time(frames);
        }

        /** When this device acts next: opens, publishes its next block (at the block's end) or closes; MAX when done. */
        long due() {
            if (publisher == null) {
                return start;
            }
            if (closed) {
                return Long.MAX_VALUE;
            }
            return next < frames ? time(next + blockFrames) : end() + 1;
        }

        /** Order among actions due at the same time: a close first, then an open, then a block. */
        int rank() {
            return publisher == null ? 3 : next < frames ? 4 : 0;
        }
    }

    /** A session from {@code begin} to {@code end}, or a probe at {@code begin} when {@code probe} is set. */
    private record Mark(long begin, long end, String sessionId, Runnable probe) {
    }

    /** Frames in primitive arrays and events, from the fusion's threads; allocates nothing per frame. */
    private static final class Collector implements FusionListener {
        final long[] time = new long[FRAMES];
        final boolean[] force = new boolean[FRAMES];
        final boolean[] mat = new boolean[FRAMES];
        final int[] emgPresent = new int[FRAMES];
        final int[] emgChannels = new int[FRAMES];
        final List<TherapyEvent> events = new ArrayList<>(100_000);
        int n;
        long dispatchThread;

        @Override
        public synchronized void onFrame(FusedFrame f) {
            dispatchThread = Thread.currentThread().getId();
            time[n] = f.sessionNanos();
            force[n] = !Double.isNaN(f.normalForceN());
            mat[n] = !Double.isNaN(f.copXmm());
            emgChannels[n] = f.emgChannels();
            int present = 0;
            for (int c = 0; c < f.emgChannels(); c++) {
                present += Double.isNaN(f.emgEnvelope(c)) ? 0 : 1;
            }
            emgPresent[n] = present;
            n++;
        }

        @Override
        public synchronized void onEvent(TherapyEvent e) {
            events.add(e);
        }

        synchronized int frames() {
            return n;
        }

        synchronized int eventCount() {
            return events.size();
        }

        synchronized List<TherapyEvent> events(int from, int to) {
            return List.copyOf(events.subList(from, to));
        }

        synchronized long dispatchThread() {
            return dispatchThread;
        }

        /** The frame at {@code t}, or -1. */
        synchronized int at(long t) {
            int i = Arrays.binarySearch(time, 0, n, t);
            return i < 0 ? -1 : i;
        }
    }

    private final List<Device> devices = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final Collector collector = new Collector();
    private final InMemoryJournal journal = new InMemoryJournal(100_000);
    private LiveFusion live;
    private StreamBus bus;
    private long publishedInRun;
    private final long[] allocation = new long[2];
    private final long[] eventsAtProbe = new long[2];

    private int counter;

    private Device add(Kind kind, boolean quiet, long start, double seconds) {
        int n = ++counter;
        FrameSignal signal = switch (kind) {
            case EMG -> new EmgSignal(quiet ? new EmgSettings(QUIET, n, 4, 1.5, 50, 8, 0, 0, 50, 0, 0)
                    : new EmgSettings(SCENARIO, n, 4, 1.5, 50, 8, 2, 40, 7, 25, 120));
            case TOOL -> quiet ? LiveEngineAllocationTest.restingTool() : new IastmSignal(new IastmSettings(SCENARIO, n, 0.3, 0.05, 0.02));
            case MAT -> new MatSignal(quiet ? new MatSettings(QUIET, n, Posture.SUPINE, 70, 4, 30, 0, 50, 0, 0.2)
                    : new MatSettings(SCENARIO, n, Posture.SUPINE, 70, 4, 30, 15, 8, 20, 0.2));
        };
        Device d = new Device(kind.name().toLowerCase(Locale.ROOT) + "-" + n, kind, signal, start, seconds);
        devices.add(d);
        return d;
    }

    private void session(int number, long begin, long end) {
        marks.add(new Mark(begin, end, "s" + number, null));
    }

    @Test
    void shouldFuseTheLastOfTwoHundredDevicesAsWellAsTheFirstWithoutAllocatingPerBlock() {
        // 19 sessions of ten devices each, one every 0.8 s for 2 s; kinds EMG, EMG, tool, EMG, mat
        Kind[] cycle = {Kind.EMG, Kind.EMG, Kind.TOOL, Kind.EMG, Kind.MAT};
        for (int s = 0; s < CHURN_SESSIONS; s++) {
            long begin = s * 30 * S;
            for (int j = 0; j < 10; j++) {
                add(cycle[j % cycle.length], false, begin + S + j * 800_000_000L, s == 9 && j == 9 ? 6 : 2);
            }
            session(s + 1, begin, begin + 12 * S);
        }
        // the last device of session 10 streams on 1 s past its end; four devices while no session records
        for (int j = 0; j < 4; j++) {
            add(cycle[j], false, 5 * 30 * S + 15 * S + j * S, 2);
        }
        // session 20: three quiet devices for 30 s, the bus idle for a second, then the day's last three
        long last = CHURN_SESSIONS * 30 * S;
        List<Device> quiet = List.of(add(Kind.TOOL, true, last + S, 30), add(Kind.EMG, true, last + S, 30),
                add(Kind.MAT, true, last + S, 30));
        Device tool = add(Kind.TOOL, false, last + 32 * S, 12);
        Device emg = add(Kind.EMG, false, last + 32 * S, 12);
        Device mat = add(Kind.MAT, false, last + 32 * S, 12);
        session(CHURN_SESSIONS + 1, last, last + 46 * S);
        marks.add(new Mark(last + 11 * S, 0, null, () -> probe(0)));
        marks.add(new Mark(last + 29 * S, 0, null, () -> probe(1)));
        assertEquals(200, devices.size());
        assertEquals(952, devices.stream().filter(d -> d.kind == Kind.EMG).count() * 8, "EMG channels over the day");

        try (StandaloneHost host = StandaloneRuntime.load().startHost()) {
            bus = host.bus();
            live = new LiveFusion(SimulatedSession.config(Map.of()), bus);
            live.setJournal(journal);
            live.addListener(collector);
            try {
                runTheDay();
            } finally {
                live.close();
            }
        }

        long bytes = allocation[1] - allocation[0];
        long blocks = quiet.stream().mapToLong(d -> Math.round(18 * d.signal.sampleRateHz() / d.blockFrames)).sum();
        System.out.printf(Locale.ROOT, "live fusion on the bus, dispatch thread: %d bytes over %d blocks (18 s of 3 quiet devices,"
                + " stream ids %d-%d), %d events%n", bytes, blocks, quiet.get(0).publisher.stream().streamId(),
                quiet.get(2).publisher.stream().streamId(), eventsAtProbe[1] - eventsAtProbe[0]);
        assertEquals(0, eventsAtProbe[1] - eventsAtProbe[0], "the quiet devices raise no events, which may allocate");
        assertTrue(quiet.get(0).publisher.stream().streamId() > 190, "stream ids past the boxing cache");
        // slack for the JVM's own bookkeeping on the thread; one object per block would be over 100 kB
        assertTrue(bytes < 4096, bytes + " bytes allocated over " + blocks + " blocks");

        checkEveryDeviceWasInTheFrames();
        checkTheLastDevices(tool, emg, mat);
    }

    private void runTheDay() {
        List<Mark> pendingMarks = new ArrayList<>(marks);
        List<Mark> ending = new ArrayList<>();
        while (true) {
            Device device = null;
            for (Device d : devices) {
                if (device == null || d.due() < device.due() || d.due() == device.due() && d.rank() < device.rank()) {
                    device = d;
                }
            }
            Mark mark = pendingMarks.stream().min((a, b) -> Long.compare(a.begin, b.begin)).orElse(null);
            Mark end = ending.stream().min((a, b) -> Long.compare(a.end, b.end)).orElse(null);
            long deviceDue = device.due();
            if (end != null && end.end <= deviceDue && (mark == null || end.end <= mark.begin)) {
                ending.remove(end);
                endSession(end);
            } else if (mark != null && mark.begin <= deviceDue) {
                pendingMarks.remove(mark);
                if (mark.probe != null) {
                    mark.probe.run();
                } else {
                    beginSession(mark);
                    ending.add(mark);
                }
            } else if (deviceDue == Long.MAX_VALUE) {
                return;
            } else {
                act(device);
            }
        }
    }

    private void act(Device d) {
        if (d.publisher == null) {
            d.publisher = bus.openStream(d.id, d.descriptor(), d.blockFrames);
        } else if (d.next < d.frames) {
            SampleBlock b = d.publisher.block();
            int quality = d.signal.fill(b.samples(), d.next, d.blockFrames);
            b.setSamples(d.next, d.blockFrames, d.time(d.next + d.blockFrames) + 2_000_000L, quality | Quality.SIMULATED);
            d.publisher.publish();
            d.next += d.blockFrames;
            publishedInRun++;
            LiveRun run = live.run();
            // as on a live host, where the fusion keeps up: the bus hands a consumer that fell behind one
            // stream's backlog before the next, which the engine would take for a stall past 250 ms
            if (publishedInRun - run.subscription().deliveredBlocks() > 4) {
                await(() -> publishedInRun == run.subscription().deliveredBlocks(), "the fusion takes blocks");
            }
        } else {
            bus.closeStream(d.publisher, "device removed");
            d.closed = true;
        }
    }

    /** Waits until the run has every block published and knows every open stream, and every closed one closed. */
    private void catchUp() {
        LiveRun run = live.run();
        long open = devices.stream().filter(d -> d.publisher != null && !d.closed).count();
        await(() -> run.subscription().deliveredBlocks() == publishedInRun && run.openStreams() == open, "the fusion catches up");
        assertEquals(0, run.subscription().droppedBlocks(), "blocks dropped for the fusion");
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 20 * S;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
            java.util.concurrent.locks.LockSupport.parkNanos(20_000);
        }
    }

    private int eventsAtBegin;

    private void beginSession(Mark m) {
        catchUp();
        journal.begin(m.sessionId);
        live.sessionBegan(new SessionInfo(m.sessionId, "", "", "", 0, -1, SessionStatus.RECORDING));
        publishedInRun = 0;
        eventsAtBegin = collector.eventCount();
        assertEquals(m.sessionId, live.sessionId());
    }

    private void endSession(Mark m) {
        catchUp();
        int eventsBeforeEnd = collector.eventCount();
        journal.end();
        live.sessionEnded(new SessionInfo(m.sessionId, "", "", "", 0, 1, SessionStatus.COMPLETE));
        publishedInRun = 0;
        assertNull(live.sessionId(), "between sessions");
        checkJournal(m, collector.events(eventsAtBegin, eventsBeforeEnd), collector.events(eventsBeforeEnd, collector.eventCount()));
    }

    private void probe(int i) {
        catchUp();
        eventsAtProbe[i] = collector.eventCount();
        allocation[i] = ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(collector.dispatchThread());
    }

    /**
     * The journal of a session holds exactly the events its run delivered while it recorded, as live
     * entries with the session's id; what the run still had when the session ended (a device streaming
     * on) went to the listeners only.
     */
    private void checkJournal(Mark m, List<TherapyEvent> whileRecording, List<TherapyEvent> atTheEnd) {
        List<JournalEntry> entries = journal.of(m.sessionId);
        assertEquals(whileRecording.size(), entries.size(), "journal of session " + m.sessionId);
        Set<String> ids = devices.stream().filter(d -> d.start < m.end && d.end() > m.begin).map(d -> d.id).collect(Collectors.toSet());
        for (int i = 0; i < entries.size(); i++) {
            TherapyEvent e = whileRecording.get(i);
            JournalEntry j = entries.get(i);
            assertEquals(new JournalEntry(e.sessionNanos(), e.type().name(), e.source(), e.value(), e.unit(), e.detail(),
                    JournalEntry.LIVE), j);
            assertTrue(j.sessionNanos() >= m.begin && j.sessionNanos() <= m.end, "inside session " + m.sessionId + ": " + j);
            assertTrue(ids.contains(j.source().split("/")[0]), "from a device of session " + m.sessionId + ": " + j);
            assertEquals(unitOf(e), j.unit(), j.toString());
        }
        atTheEnd.forEach(e -> assertTrue(e.sessionNanos() >= m.end - 2 * S, "only what was found at the very end is left over: " + e));
        assertEquals(0, journal.refused(), "nothing offered to a session's journal after it ended");
    }

    /** The unit each kind of event carries: forces in N, envelopes in uV (no MVC configured), withdrawal in mm. */
    private static String unitOf(TherapyEvent e) {
        return switch (e.type()) {
            case STROKE_START, STROKE_END, TARGET_ENTERED, TARGET_LEFT, OVERPRESSURE -> "N";
            case EMG_ONSET, EMG_OFFSET, GUARDING -> "uV";
            case WITHDRAWAL -> "mm";
        };
    }

    /**
     * Every device was in the frames while it streamed (none refused for capacity), and a frame never
     * had more EMG channels than the amplifiers then open could fill.
     */
    private void checkEveryDeviceWasInTheFrames() {
        int frames = collector.frames();
        for (int i = 1; i < frames; i++) {
            assertTrue(collector.time[i] > collector.time[i - 1], "frames in time order at " + collector.time[i]);
        }
        for (Device d : devices) {
            int seen = 0;
            int checked = 0;
            // a tool's force is missing until its tare (1 s) is done
            for (long t = d.start + (d.kind == Kind.TOOL ? 1_200_000_000L : S / 2); t < d.end() - S / 10; t += 10_000_000L) {
                int f = collector.at(t);
                if (f < 0) {
                    continue;
                }
                checked++;
                long at = t;
                long emgOpen = devices.stream().filter(o -> o.kind == Kind.EMG && o.start + S / 2 <= at && o.end() - S / 10 > at).count();
                boolean present = switch (d.kind) {
                    case TOOL -> collector.force[f];
                    case MAT -> collector.mat[f];
                    case EMG -> collector.emgPresent[f] >= 8 * emgOpen;
                };
                seen += present ? 1 : 0;
            }
            assertTrue(checked > 0 && seen == checked, d.id + " in " + seen + " of " + checked + " frames");
        }
        int widest = Arrays.stream(collector.emgChannels, 0, frames).max().orElse(0);
        assertTrue(widest <= 24, "EMG channels in a frame, at most three amplifiers at once: " + widest);
    }

    /** The day's last three devices, after 197 others: frames, strokes and onsets as on a fresh host. */
    private void checkTheLastDevices(Device tool, Device emg, Device mat) {
        assertTrue(tool.publisher.stream().streamId() >= 197, "stream id " + tool.publisher.stream().streamId());
        // from 2 s on: the force is missing (NaN) until its tare is done
        int first = collector.at(tool.start + 2 * S);
        int lastFrame = collector.at(tool.end() - 10_000_000L);
        assertTrue(first >= 0 && lastFrame > first, "frames over the last devices' data");
        int complete = 0;
        for (int f = first; f <= lastFrame; f++) {
            assertEquals(10_000_000L, collector.time[f] - collector.time[f - 1], "frame spacing at frame " + f);
            complete += collector.force[f] && collector.mat[f] && collector.emgPresent[f] == 8 ? 1 : 0;
        }
        assertEquals(lastFrame - first + 1, complete, "every frame carries the tool, the mat and 8 EMG channels");
        // the bus may tell of the new amplifier before the quiet one's close: its slots, or the first 8 again
        assertTrue(collector.emgChannels[lastFrame] <= 16, collector.emgChannels[lastFrame] + " EMG channels in a frame");

        List<JournalEntry> entries = journal.of("s" + (CHURN_SESSIONS + 1));
        TherapyScenario truth = new TherapyScenario(SCENARIO);
        double seconds = (tool.end() - tool.start) / 1e9;
        int expected = 0;
        while (truth.strokeStart(expected) + truth.strokeDuration() < seconds - 0.1) {
            expected++;
        }
        List<JournalEntry> starts = entries.stream().filter(e -> e.type().equals("STROKE_START")).toList();
        assertEquals(expected, entries.stream().filter(e -> e.type().equals("STROKE_END")).count(), "strokes: " + entries);
        // a stroke begun in the last moments has a start and no end
        assertTrue(starts.size() == expected || starts.size() == expected + 1, starts.size() + " stroke starts");
        for (int k = 0; k < expected; k++) {
            assertEquals(tool.id + "/" + tool.id, starts.get(k).source());
            assertEquals(truth.strokeStart(k), (starts.get(k).sessionNanos() - tool.start) / 1e9, 0.1, "start of stroke " + k);
        }
        assertTrue(entries.stream().anyMatch(e -> e.type().equals("EMG_ONSET") && e.source().startsWith(emg.id + "/")),
                "onsets of the last amplifier: " + entries);
    }
}
