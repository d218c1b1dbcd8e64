package org.myofuse.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;
import org.myofuse.fusion.FusionEngine;
import org.myofuse.fusion.osgi.FusionConfig;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.simulator.core.Pacer;
import org.myofuse.simulator.emg.EmgSignal;

/**
 * Live fusion latency: the full device set published on a real {@link RingStreamBus} at its real-time
 * pace, one thread per device as the simulated drivers do (blocks of 10 ms: EMG 20 frames, force 10,
 * mat 1; each block generated, stamped with {@code clock.nanos()} and published when its last sample
 * falls due), the real {@link FusionEngine} (default configuration) subscribed with 1024 slots, as the
 * fusion component is. Not JMH: the devices set the pace, and a run is one session.
 *
 * <p>Measured on the fusion dispatch thread with the session clock:
 * <ul>
 * <li><b>arrival to event</b>: {@code clock.nanos()} in the listener's {@code onEvent} minus the arrival
 * stamp of the block in whose delivery the engine emitted the event: the newest block the engine had
 * been given. That block completed the event: it confirmed the detection or, when the detection was
 * already confirmed, moved the frame watermark past it. So this is the software-added latency (bus
 * hop, wake-up, engine work) and excludes waiting for data that has not arrived yet;</li>
 * <li><b>arrival to block done</b>, every block: until {@code engine.onEvent} returned (frames included);</li>
 * <li>with {@code BURSTS}: <b>onset to event</b>, from the true onset (the burst's first sample, taken at
 * the end of its sample period on the pacing clock) to the EMG_ONSET event's delivery, which includes
 * the detector's windows, the 10 ms blocks and the frame watermark.</li>
 * </ul>
 * Before the paced run a throwaway engine analyses 30 s of the same devices in memory, so the JIT has
 * compiled the engine; events during the streams' closing are not counted.
 *
 * <pre>java -cp target/benchmarks.jar org.myofuse.benchmarks.FusionLatency [seconds, default 60] [SIM|BURSTS, default SIM]
 *     [phase seed, default random] [NAME=VALUE ... overrides of FusionConfig attributes, e.g. onsetFastK=0]</pre>
 */
public final class FusionLatency {

    private static final int MAX_EVENTS = 200_000;

    private FusionLatency() {
    }

    /** Delegates to the engine on the dispatch thread and remembers the block being delivered. */
    private static final class Timed implements StreamConsumer, FusionListener {
        final MonotonicSessionClock clock;
        final FusionEngine engine;
        final Histogram hop = new Histogram();
        final Histogram done = new Histogram();
        final TherapyEvent[] events = new TherapyEvent[MAX_EVENTS];
        final long[] delivered = new long[MAX_EVENTS];
        final long[] completedBy = new long[MAX_EVENTS];
        final CountDownLatch closed;
        /** Arrival stamps of blocks dispatched more than 2 ms late (beyond the histograms' range), to see when. */
        final long[] late = new long[64];
        int lateCount;
        int count;
        private long arrival;
        private boolean measuring = true;

        Timed(MonotonicSessionClock clock, FusionEngine engine, int streams) {
            this.clock = clock;
            this.engine = engine;
            this.closed = new CountDownLatch(streams);
            engine.addListener(this);
        }

        @Override
        public void onStreamOpened(StreamInfo stream) {
            engine.onStreamOpened(stream);
        }

        @Override
        public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
            arrival = block.arrivalNanos();
            long hopNanos = clock.nanos() - arrival;
            hop.record(hopNanos);
            if (hopNanos > 2_000_000L && lateCount < late.length) {
                late[lateCount++] = arrival;
            }
            engine.onEvent(block, sequence, endOfBatch);
            done.record(clock.nanos() - arrival);
        }

        @Override
        public void onStreamClosed(StreamInfo stream, String reason) {
            // events flushed at the end belong to no arriving block
            measuring = false;
            engine.onStreamClosed(stream, reason);
            closed.countDown();
        }

        @Override
        public void onEvent(TherapyEvent event) {
            long now = clock.nanos();
            if (measuring && count < MAX_EVENTS) {
                events[count] = event;
                delivered[count] = now;
                completedBy[count++] = arrival;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        var scenario = args.length > 1 ? FusionDevices.Scenario.valueOf(args[1]) : FusionDevices.Scenario.SIM;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime() % 1000;
        // the default configuration, except for NAME=VALUE overrides of its attributes (to see what a target needs)
        FusionConfig config = FusionDevices.defaults(FusionConfig.class, overrides(args));
        System.out.printf("load average before: %s; onset: k %.1f SD, minimum duration %.0f ms, fast path %.1f SD for %.0f ms%n",
                loadAverage(), config.onsetK(), config.onsetMinDurationMs(), config.onsetFastK(), config.onsetFastDurationMs());
        warmUp(scenario, config);
        var clock = new MonotonicSessionClock();
        List<FusionDevices.Device> devices = FusionDevices.fullSet(scenario);
        var timed = new Timed(clock, new FusionEngine(config), devices.size());
        long start;
        long[] origins;
        Subscription subscription;
        try (var bus = new RingStreamBus(clock)) {
            subscription = bus.subscribe("fusion", timed, 1024);
            List<SamplePublisher> publishers = new ArrayList<>();
            for (var d : devices) {
                publishers.add(bus.openStream(d.deviceId(), d.descriptor(), d.blockFrames()));
            }
            start = clock.nanos() + 50_000_000L;
            // real devices start independently: each one's block grid gets its own phase (0-10 ms), which
            // decides how long a detection waits for the other streams to pass its frame
            origins = new long[devices.size()];
            var phases = new java.util.Random(seed);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < devices.size(); i++) {
                var d = devices.get(i);
                var p = publishers.get(i);
                long origin = start + (long) (phases.nextDouble() * 10_000_000L);
                origins[i] = origin;
                threads.add(new Thread(() -> stream(d, p, clock, origin, seconds, bus), d.deviceId()));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            if (!timed.closed.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fusion consumer did not see every stream close");
            }
        }
        double[] phasesMs = new double[origins.length];
        for (int i = 0; i < origins.length; i++) {
            phasesMs[i] = (origins[i] - start) / 1e6;
        }
        System.out.printf("device phases (seed %d): %s ms after the start (EMG 1, EMG 2, force, mat)%n", seed,
                Arrays.toString(phasesMs));
        System.out.printf("load average after: %s%n", loadAverage());
        report(timed, subscription, scenario, seconds, start, origins, config);
    }

    /** Compiles the engine's paths before the timed run, on the same code the dispatch thread runs. */
    private static void warmUp(FusionDevices.Scenario scenario, FusionConfig config) {
        var session = new RecordedSession(scenario, 30);
        for (int i = 0; i < 3; i++) {
            session.play(new FusionEngine(config));
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** A device's thread: each block generated and published when its last sample falls due, parked in between. */
    private static void stream(FusionDevices.Device d, SamplePublisher p, MonotonicSessionClock clock, long start,
            int seconds, RingStreamBus bus) {
        var pacer = new Pacer(Math.round(d.rateHz()), d.blockFrames(), Long.MAX_VALUE);
        long total = Math.round(seconds * d.rateHz());
        for (long next = 0; next < total; next += d.blockFrames()) {
            long due = start + pacer.nextBlockDue(next);
            for (long now = clock.nanos(); now < due; now = clock.nanos()) {
                LockSupport.parkNanos(due - now);
            }
            SampleBlock b = p.block();
            int quality = d.signal().fill(b.samples(), next, d.blockFrames());
            b.setSamples(next, d.blockFrames(), clock.nanos(), quality | Quality.SIMULATED);
            p.publish();
        }
        bus.closeStream(p, "stopped");
    }

    // ---- report

    private static void report(Timed t, Subscription subscription, FusionDevices.Scenario scenario, int seconds, long start,
            long[] origins, FusionConfig config) {
        System.out.printf("%s, %d s paced: %d blocks delivered, %d dropped, %d frames, %d events measured%n", scenario,
                seconds, subscription.deliveredBlocks(), subscription.droppedBlocks(), t.engine.frames(), t.count);
        System.out.println(t.hop.summary("arrival -> dispatch (bus hop), every block"));
        System.out.println(t.done.summary("arrival -> engine.onEvent returned, every block"));
        if (t.lateCount > 0) {
            System.out.printf("blocks dispatched > 2 ms after arrival: %d, first at %.3f s, last listed at %.3f s%n",
                    t.hop.overflow(), (t.late[0] - start) / 1e9, (t.late[t.lateCount - 1] - start) / 1e9);
            if (Boolean.getBoolean("myofuse.listLate")) {
                // JVM uptime of each, to set beside -Xlog output (safepoints, GC, JIT) when hunting stalls
                long uptimeNanos = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
                long offset = t.clock.nanos() - uptimeNanos;
                StringBuilder b = new StringBuilder("late blocks' arrivals, JVM uptime s:");
                for (int i = 0; i < t.lateCount; i++) {
                    b.append(String.format(" %.3f", (t.late[i] - offset) / 1e9));
                }
                System.out.println(b);
            }
        }
        long[] all = new long[t.count];
        Map<TherapyEventType, List<Long>> byType = new EnumMap<>(TherapyEventType.class);
        for (int i = 0; i < t.count; i++) {
            all[i] = t.delivered[i] - t.completedBy[i];
            byType.computeIfAbsent(t.events[i].type(), k -> new ArrayList<>()).add(all[i]);
        }
        System.out.println(percentiles("arrival -> event, every event", all, 1e3, "us"));
        byType.forEach((type, list) -> System.out.println(percentiles("  " + type,
                list.stream().mapToLong(Long::longValue).toArray(), 1e3, "us")));
        if (scenario == FusionDevices.Scenario.BURSTS) {
            onsets(t, seconds, origins, config);
        }
    }

    /** Arguments from the fourth on: {@code onsetMinDurationMs=10}, {@code onsetFastK=0}, ... (numbers only). */
    private static Map<String, Object> overrides(String[] args) {
        Map<String, Object> overrides = new java.util.HashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected NAME=VALUE for a fusion setting, got " + args[i]);
            }
            overrides.put(kv[0], Double.parseDouble(kv[1]));
        }
        return overrides;
    }

    /** Matches EMG_ONSET events to the bursts' true onsets; onset to delivery, and how the onset was dated. */
    private static void onsets(Timed t, int seconds, long[] origins, FusionConfig config) {
        double period = 1e9 / EmgSignal.SAMPLE_RATE_HZ;
        // without a fast path the detector confirms on the last sample of its minimum-duration run, which starts at
        // the dated onset; with one, the confirming sample is not known from the event
        boolean confirmKnown = config.onsetFastK() == 0;
        long confirmAfter = Math.round((Math.max(1, Math.round(config.onsetMinDurationMs() * EmgSignal.SAMPLE_RATE_HZ / 1000)) - 1) * period);
        List<Long> toEvent = new ArrayList<>();
        List<Long> dating = new ArrayList<>();
        List<Long> afterConfirm = new ArrayList<>();
        int unmatched = 0;
        for (int i = 0; i < t.count; i++) {
            TherapyEvent e = t.events[i];
            if (e.type() != TherapyEventType.EMG_ONSET) {
                continue;
            }
            String[] source = e.source().split("/");
            int amplifier = Integer.parseInt(source[0].substring("sim-emg-".length())) - 1;
            int channel = channelIndex(source[1]);
            long first = FusionDevices.Bursts.onset(amplifier, channel, 0);
            long start = origins[amplifier];
            double dated = (e.sessionNanos() - start) / period;
            long m = Math.round((dated - first) / FusionDevices.Bursts.PERIOD);
            long onset = FusionDevices.Bursts.onset(amplifier, channel, Math.max(0, m));
            if (m < 0 || Math.abs(dated - onset) > 200) {
                unmatched++;
                continue;
            }
            // the onset sample is taken at the end of its period: its block can arrive no earlier
            long truth = start + Math.round((onset + 1) * period);
            toEvent.add(t.delivered[i] - truth);
            dating.add(e.sessionNanos() - truth);
            afterConfirm.add(t.delivered[i] - (e.sessionNanos() + confirmAfter));
        }
        long expected = 0;
        for (int a = 0; a < 2; a++) {
            for (int c = 0; c < FusionDevices.Bursts.CHANNELS; c++) {
                for (long m = 0; FusionDevices.Bursts.onset(a, c, m) < seconds * EmgSignal.SAMPLE_RATE_HZ; m++) {
                    expected++;
                }
            }
        }
        System.out.printf("EMG onsets: %d true, %d detected and matched, %d not matching a burst%n", expected,
                toEvent.size(), unmatched);
        System.out.println(percentiles("true onset -> EMG_ONSET delivered", toEvent.stream().mapToLong(Long::longValue).toArray(),
                1e6, "ms"));
        System.out.println(percentiles("true onset -> event's dated onset (sessionNanos)",
                dating.stream().mapToLong(Long::longValue).toArray(), 1e6, "ms"));
        if (confirmKnown) {
            System.out.println(percentiles("confirming sample (dated onset + minimum duration) -> delivered",
                    afterConfirm.stream().mapToLong(Long::longValue).toArray(), 1e6, "ms"));
        }
    }

    private static int channelIndex(String name) {
        for (int c = 0; c < EmgSignal.CHANNELS.size(); c++) {
            if (EmgSignal.CHANNELS.get(c).name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown EMG channel " + name);
    }

    private static String percentiles(String label, long[] values, double scale, String unit) {
        if (values.length == 0) {
            return label + ": n=0";
        }
        long[] v = values.clone();
        Arrays.sort(v);
        return String.format("%s: n=%d min=%.1f p50=%.1f p90=%.1f p99=%.1f p99.9=%.1f max=%.1f %s", label, v.length,
                v[0] / scale, at(v, 0.50) / scale, at(v, 0.90) / scale, at(v, 0.99) / scale, at(v, 0.999) / scale,
                v[v.length - 1] / scale, unit);
    }

    private static long at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
    }
}
