package org.myofuse.fusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.fusion.dsp.MvcNormaliser;
import org.myofuse.fusion.dsp.OnsetDetector;
import org.myofuse.fusion.osgi.FusionConfig;
import org.myofuse.fusion.response.TissueResponse;

/**
 * The fusion pipeline as a bus consumer: one {@link Track} per recognised stream, each with its own
 * clock model; fused frames at the configured rate and events, both in session-time order.
 *
 * <p>Frame {@code k} (time {@code k / frameRate}) is emitted once every stream that has delivered
 * samples has passed it (the watermark), so what a frame holds never depends on how the streams'
 * blocks interleaved: a replay of the same blocks gives the same frames and events, bit for bit.
 * Events keep the time they happened and go out, in time order, before the first frame after the
 * sample on which they were found (a stroke is found after its minimum duration, an onset after its
 * sustain window), so which frame they precede depends on the data only.
 *
 * <p>A stream that falls silent without a gap or a close stops holding the frames back once the
 * furthest stream's data is the stall timeout ahead of it (session time from the data, not the wall
 * clock, so a replay in recorded order decides the same); its values are NaN until it catches up.
 * When every stream has closed, the frames run to the end of the longest and every pending event
 * goes out.
 *
 * <p>Devices come and go: a stream that has closed leaves the engine once its last frame has gone
 * out, and takes its stream slot along. The live engine also gives back its EMG channel slots, so
 * what it can hold ({@value #MAX_OPEN_STREAMS} streams, {@value #MAX_EMG_CHANNELS} EMG channels) is
 * bounded by what is open at once, and once every stream has closed (the bus is idle) the next stream
 * begins a new timeline with a fresh tissue-response analysis. An engine for a session analysis keeps
 * every track and its EMG slots for the summary instead (so a frame channel belongs to one stream for
 * the whole recording) and keeps one timeline. Streams are looked up by id in a preallocated
 * primitive table, so no id ever boxes.
 *
 * <p>Each frame also feeds the {@link TissueResponse} analysis (guarding, withdrawal, per-stroke
 * dose and response), which therefore sees exactly what listeners see.
 *
 * <p>All callbacks come from the bus's dispatch thread for this consumer; not thread-safe otherwise.
 * Allocation-free per block in steady state except for events.
 */
public final class FusionEngine implements StreamConsumer {

    private static final Logger LOG = Logger.getLogger(FusionEngine.class.getName());
    /** Streams the engine holds at once (open, or closed with frames still to go out). */
    public static final int MAX_OPEN_STREAMS = 64;
    /** EMG channels in a frame. */
    public static final int MAX_EMG_CHANNELS = 64;

    private final FusionConfig config;
    private final long tickNanos;
    private final long stallTicks;
    private final List<FusionListener> listeners = new CopyOnWriteArrayList<>();
    /** Snapshot of {@link #listeners} for the per-frame loop: iterating the list itself allocates an iterator per frame. */
    private volatile FusionListener[] listenerArray = new FusionListener[0];
    /** The open streams' tracks by stream id. */
    private final StreamTracks tracks = new StreamTracks(MAX_OPEN_STREAMS);
    /** The tracks in the frames (open, or closed with frames still to go out), in the order their streams opened. */
    private final List<Track> order = new ArrayList<>(MAX_OPEN_STREAMS);
    /** Every track ever opened, for a session analysis's summary; null in the live engine. */
    private final List<Track> history;
    private final EmgSlots emgSlots = new EmgSlots(MAX_EMG_CHANNELS);
    private final List<Pending> pending = new ArrayList<>();
    private final FrameSlot frame = new FrameSlot(MAX_EMG_CHANNELS);
    private long emitted = Long.MIN_VALUE;
    private int open;
    /** Closed tracks still in {@link #order}. */
    private int closing;
    private long frames;
    private long events;
    private TissueResponse response;
    private final boolean sessionStats;
    /** Calibrations asked for on other threads, applied on the engine's thread between two blocks. */
    private final ConcurrentLinkedQueue<Calibration> calibrations = new ConcurrentLinkedQueue<>();
    /** The EMG sources and force devices in the engine now, for the callers of {@link #requestMvc}/{@link #requestTare}. */
    private final Set<String> emgSources = ConcurrentHashMap.newKeySet();
    private final Set<String> forceDevices = ConcurrentHashMap.newKeySet();
    private volatile CalibrationSink calibrationSink = (t, s, v, u, d) -> {
    };

    /** A calibration asked for: an MVC ({@code mvcUv} positive) or a tare ({@code mvcUv} NaN). */
    private record Calibration(String source, double mvcUv) {
    }

    /** The live engine: no session-long statistics. */
    public FusionEngine(FusionConfig config) {
        this(config, false);
    }

    /**
     * @param sessionStats keep session-long statistics (session RMS, median-frequency windows, mean
     *                     pressure map, whole-session sway) for a session analysis; they cost per-sample
     *                     work the live engine does not need
     */
    FusionEngine(FusionConfig config, boolean sessionStats) {
        this.config = config;
        this.sessionStats = sessionStats;
        this.history = sessionStats ? new ArrayList<>() : null;
        if (!(config.frameRateHz() > 0) || !(config.stallTimeoutMs() >= 0)) {
            throw new IllegalArgumentException("fusion: frame rate " + config.frameRateHz()
                    + " Hz must be positive and stall timeout " + config.stallTimeoutMs() + " ms not negative");
        }
        this.tickNanos = Math.round(1e9 / config.frameRateHz());
        this.stallTicks = config.stallTimeoutMs() == 0 ? Long.MAX_VALUE
                : Math.max(1, Math.round(config.stallTimeoutMs() * 1e6 / tickNanos));
        // settings that do not depend on a stream are checked now, so a bad configuration fails the activation
        FusionSettings.force(config);
        FusionSettings.response(config);
        OnsetDetector.check(config.onsetK(), config.onsetMinDurationMs(), config.onsetFastK(), config.onsetFastDurationMs());
        if (!(config.guardingRisePctMvc() > 0) || !(config.guardingRiseUv() > 0)) {
            throw new IllegalArgumentException("fusion: guarding rise " + config.guardingRisePctMvc() + " %MVC / "
                    + config.guardingRiseUv() + " uV must be positive");
        }
    }

    /** Adds a listener; any thread (DS binds listeners on its own threads). */
    public synchronized void addListener(FusionListener l) {
        listeners.add(l);
        listenerArray = listeners.toArray(new FusionListener[0]);
    }

    public synchronized void removeListener(FusionListener l) {
        listeners.remove(l);
        listenerArray = listeners.toArray(new FusionListener[0]);
    }

    @Override
    public void onStreamOpened(StreamInfo stream) {
        Tracks.Kind kind = Tracks.kindOf(stream.descriptor());
        if (kind == Tracks.Kind.OTHER) {
            LOG.info(() -> "fusion: stream " + stream.deviceId() + " is not EMG, force or mat data; ignored");
            return;
        }
        if (order.size() == MAX_OPEN_STREAMS) {
            LOG.warning(() -> "fusion: stream " + stream.deviceId() + " ignored: " + MAX_OPEN_STREAMS
                    + " streams are in the frames already");
            return;
        }
        TrackEvents sink = new TrackEvents(stream.deviceId());
        Track t = switch (kind) {
            case EMG -> emg(stream, sink);
            case FORCE -> new Tracks.Force(stream, config, tickNanos, sink);
            case MAT -> new Tracks.Mat(stream, config, tickNanos, sessionStats);
            case OTHER -> null;
        };
        if (t == null) {
            return;
        }
        sink.track = t;
        if (t instanceof Tracks.Emg e) {
            for (int ch = 0; ch < e.count(); ch++) {
                emgSources.add(e.sourceName(ch));
            }
        } else if (t instanceof Tracks.Force) {
            forceDevices.add(stream.deviceId());
        }
        t.joinTick = emitted;
        if (emitted != Long.MIN_VALUE) {
            // joining a timeline already going: watched from its first data on, like those there from the start
            watch(response, t);
        }
        tracks.put(stream.streamId(), t);
        order.add(t);
        open++;
        if (history != null) {
            history.add(t);
        }
    }

    /** An EMG track on free channel slots, or null (logged) when there are not enough. */
    private Tracks.Emg emg(StreamInfo stream, EventSink sink) {
        int n = Tracks.emgChannels(stream.descriptor()).length;
        int first = emgSlots.take(n);
        if (first < 0) {
            LOG.warning(() -> "fusion: stream " + stream.deviceId() + " ignored: its " + n + " EMG channels do not fit in"
                    + " the frame's " + MAX_EMG_CHANNELS + " (" + emgSlots.free() + " free while the others are in the frames)");
            return null;
        }
        frame.emgCount = emgSlots.extent();
        var track = new Tracks.Emg(stream, config, tickNanos, first, sink, sessionStats);
        for (int c = 0; c < n; c++) {
            frame.emgSources[first + c] = track.sourceName(c);
            frame.emgUnits[first + c] = track.mvc[c].unit();
        }
        return track;
    }

    /** Where applied calibrations are reported (a live run: the session's journal). */
    void calibrationSink(CalibrationSink sink) {
        calibrationSink = sink;
    }

    /**
     * Asks for a channel's MVC; applied on the engine's thread before the next block, from the next frame on.
     * Any thread; never blocks.
     *
     * @return false when no such EMG channel is in the engine now
     * @throws IllegalArgumentException when {@code mvcUv} is not a positive, finite value
     */
    public boolean requestMvc(String emgSource, double mvcUv) {
        if (!(mvcUv > 0) || Double.isInfinite(mvcUv)) {
            throw new IllegalArgumentException("MVC of " + emgSource + " must be a positive value in uV, was " + mvcUv);
        }
        if (!emgSources.contains(emgSource)) {
            return false;
        }
        calibrations.add(new Calibration(emgSource, mvcUv));
        return true;
    }

    /**
     * Asks for a force tool's tare, applied like {@link #requestMvc}. Any thread; never blocks.
     *
     * @return false when no such force tool is in the engine now
     */
    public boolean requestTare(String device) {
        if (!forceDevices.contains(device)) {
            return false;
        }
        calibrations.add(new Calibration(device, Double.NaN));
        return true;
    }

    /** Applies the calibrations asked for; an empty queue costs a volatile read and no allocation. */
    private void applyCalibrations() {
        Calibration c;
        while ((c = calibrations.poll()) != null) {
            long at = emitted == Long.MIN_VALUE ? 0 : emitted * tickNanos;
            if (Double.isNaN(c.mvcUv())) {
                tare(c.source(), at);
            } else {
                mvc(c.source(), c.mvcUv(), at);
            }
        }
    }

    private void mvc(String source, double uv, long at) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) instanceof Tracks.Emg e && e.open) {
                for (int ch = 0; ch < e.count(); ch++) {
                    if (e.sourceName(ch).equals(source)) {
                        double old = e.mvc[ch].mvcUv();
                        // frames not yet out were taken in the old unit: they go out in the new one
                        e.scale(ch, old > 0 ? old / uv : 100 / uv);
                        e.mvc[ch] = new MvcNormaliser(uv);
                        frame.emgUnits[e.emgOffset + ch] = e.mvc[ch].unit();
                        calibrationSink.calibrated(at, source, uv, "uV", "mvc set by a protocol: from now on in %MVC");
                        return;
                    }
                }
            }
        }
    }

    private void tare(String device, long at) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) instanceof Tracks.Force f && f.open && f.info.deviceId().equals(device)) {
                f.force.retare();
                calibrationSink.calibrated(at, device, Double.NaN, "", "tool tared by a protocol: zero taken anew");
                return;
            }
        }
    }

    @Override
    public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
        applyCalibrations();
        Track t = tracks.get(block.stream().streamId());
        if (t == null) {
            return;
        }
        t.onBlock(block);
        release();
    }

    @Override
    public void onStreamClosed(StreamInfo stream, String reason) {
        Track t = tracks.remove(stream.streamId());
        if (t == null) {
            return;
        }
        t.open = false;
        if (t instanceof Tracks.Emg e) {
            for (int ch = 0; ch < e.count(); ch++) {
                emgSources.remove(e.sourceName(ch));
            }
        } else if (t instanceof Tracks.Force) {
            forceDevices.remove(stream.deviceId());
        }
        open--;
        closing++;
        release();
        retireFinished();
        if (open == 0) {
            endOfStreams();
        }
    }

    /**
     * Ends what is running as if every open stream closed now with {@code reason}: the frames run to
     * the end of the longest and every pending event goes out. The engine takes new streams afterwards.
     */
    public void end(String reason) {
        List<StreamInfo> running = new ArrayList<>();
        for (Track t : order) {
            if (t.open) {
                running.add(t.info);
            }
        }
        for (StreamInfo s : running) {
            onStreamClosed(s, reason);
        }
    }

    /** Every stream has closed: what is still pending has no later frame to go out with. */
    private void endOfStreams() {
        if (emitted != Long.MIN_VALUE) {
            response.end();
        }
        deliverEventsBefore(Long.MAX_VALUE);
        if (history == null) {
            // live, the bus is idle: the next stream begins a new timeline and a fresh response, so a
            // day of devices coming and going never burst-fills the hours in between
            emitted = Long.MIN_VALUE;
        }
    }

    /** Takes out the closed tracks whose last frame has gone out (and those that never had data). */
    private void retireFinished() {
        if (closing == 0) {
            return;
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Track t = order.get(i);
            if (!t.open && (t.nextTick == Long.MIN_VALUE || emitted != Long.MIN_VALUE && emitted >= t.nextTick)) {
                order.remove(i);
                closing--;
                retire(t);
            }
        }
    }

    private void retire(Track t) {
        if (!(t instanceof Tracks.Emg e)) {
            return;
        }
        for (int c = 0; c < e.count(); c++) {
            if (response != null) {
                response.forget(e.emgOffset + c);
            }
        }
        if (history == null) {
            emgSlots.give(e.emgOffset, e.count());
            Arrays.fill(frame.emg, e.emgOffset, e.emgOffset + e.count(), Double.NaN);
            Arrays.fill(frame.emgSources, e.emgOffset, e.emgOffset + e.count(), "");
            Arrays.fill(frame.emgUnits, e.emgOffset, e.emgOffset + e.count(), "");
            frame.emgCount = emgSlots.extent();
        }
    }

    /** Frames emitted so far. */
    public long frames() {
        return frames;
    }

    /** Events delivered so far. */
    public long events() {
        return events;
    }

    /**
     * The tracks in the order their streams opened: for a session analysis every one it was fed (for
     * summaries), for the live engine those still in the frames.
     */
    List<Track> tracks() {
        return List.copyOf(history != null ? history : order);
    }

    /** EMG channels in the frames now (one past the highest slot taken). */
    public int emgChannels() {
        return frame.emgCount;
    }

    /** Streams in the frames now: open, or closed with frames still to go out. */
    public int streams() {
        return order.size();
    }

    /** Where one track's processors report: dated by the track's clock, named after its device. */
    private final class TrackEvents implements EventSink {
        private final String prefix;
        Track track;

        TrackEvents(String deviceId) {
            this.prefix = deviceId + "/";
        }

        @Override
        public void event(TherapyEventType type, long index, String channel, double value, String unit, String detail) {
            pending.add(new Pending(new TherapyEvent(type, track.clock.timeOf(index), prefix + channel, value, unit, detail),
                    track.clock.timeOf(track.current)));
        }
    }

    /**
     * Emits every frame and event that all live streams have passed. A stream whose data lags the
     * furthest stream by the stall timeout (of session time, from the data, so a replay decides the
     * same) no longer holds the frames back: its values are NaN until it catches up.
     */
    private void release() {
        long lead = Long.MIN_VALUE;
        long start = Long.MAX_VALUE;
        // indexed loops on this path: an iterator per block is garbage unless the JIT happens to elide it
        for (int i = 0; i < order.size(); i++) {
            Track t = order.get(i);
            if (t.nextTick != Long.MIN_VALUE) {
                start = Math.min(start, t.firstTick);
                if (t.open) {
                    lead = Math.max(lead, t.nextTick);
                }
            }
        }
        long watermark = Long.MAX_VALUE;
        boolean any = false;
        for (int i = 0; i < order.size(); i++) {
            Track t = order.get(i);
            if (!t.open) {
                continue;
            }
            // a stream without data yet lags from where it joined: the frames' start, or the frame out when it opened
            long reached = t.nextTick != Long.MIN_VALUE ? t.nextTick : t.joinTick != Long.MIN_VALUE ? t.joinTick : start;
            if (lead != Long.MIN_VALUE && reached != Long.MAX_VALUE && lead - reached >= stallTicks) {
                markStalled(t, true);
                continue;
            }
            markStalled(t, false);
            if (t.nextTick == Long.MIN_VALUE) {
                // nothing goes out before every open stream has started (or stalled): where the frames
                // begin must not depend on which device's first block came first
                return;
            }
            watermark = Math.min(watermark, t.nextTick);
            any = true;
        }
        if (!any) {
            if (start == Long.MAX_VALUE || open > 0) {
                return;
            }
            // every stream has ended: the frames run to the end of the longest, whichever closed last
            watermark = order.stream().mapToLong(t -> t.nextTick).max().getAsLong();
        }
        if (emitted == Long.MIN_VALUE) {
            emitted = start;
            response = newResponse();
        }
        for (long k = emitted; k < watermark; k++) {
            deliverEventsBefore(k * tickNanos);
            fill(k);
            response.step(frame.time, frame.normal, frame.copX, frame.copY, frame.emg);
            deliverFrame();
        }
        emitted = Math.max(emitted, watermark);
        retireFinished();
    }

    private void markStalled(Track t, boolean stalled) {
        if (t.stalled != stalled) {
            t.stalled = stalled;
            // live, a silent device is news for the log; re-analysing a recording, it is old news on every replay
            LOG.log(sessionStats ? Level.FINE : Level.WARNING, () -> "fusion: stream " + t.info.deviceId() + (stalled
                    ? " silent for " + config.stallTimeoutMs() + " ms of session time; its values are missing (NaN) until it catches up"
                    : " is back"));
        }
    }

    /** The tissue-response analysis of a timeline, watching the streams in the frames and, later, those that join. */
    private TissueResponse newResponse() {
        TissueResponse r = new TissueResponse(FusionSettings.response(config), MAX_EMG_CHANNELS,
                e -> pending.add(new Pending(e, frame.time)));
        for (Track t : order) {
            watch(r, t);
        }
        return r;
    }

    /** Watches a track's guarding channels (by name, from the configuration) or its mat. */
    private void watch(TissueResponse r, Track t) {
        if (t instanceof Tracks.Emg e) {
            List<String> wanted = Arrays.asList(config.guardingChannels());
            for (int c = 0; c < e.count(); c++) {
                String name = e.name(c);
                if (wanted.isEmpty() || wanted.contains(name)) {
                    r.watch(e.emgOffset + c, e.sourceName(c), e.mvc[c].calibrated() ? config.guardingRisePctMvc()
                            : config.guardingRiseUv(), e.mvc[c].unit());
                }
            }
        } else if (t instanceof Tracks.Mat) {
            r.watchMat(t.info.deviceId());
        }
    }

    /** The tissue-response analysis (strokes with dose and response); null before the first frame. */
    public TissueResponse response() {
        return response;
    }

    private void fill(long k) {
        frame.clear(k * tickNanos);
        for (int i = 0; i < order.size(); i++) {
            Track t = order.get(i);
            if (t instanceof Tracks.Force) {
                frame.normal = t.at(k, 0);
                frame.shear = t.at(k, 1);
            } else if (t instanceof Tracks.Mat) {
                frame.copX = t.at(k, 0);
                frame.copY = t.at(k, 1);
            } else if (t instanceof Tracks.Emg e) {
                for (int c = 0; c < e.count(); c++) {
                    frame.emg[e.emgOffset + c] = t.at(k, c);
                }
            }
        }
    }

    /**
     * Delivers, in time order, the events found before {@code time}. An event goes out with the first
     * frame after the sample (or frame) on which it was found, never earlier: whether it is already
     * known when a frame goes out then depends on the data alone, not on how the streams interleaved.
     */
    private void deliverEventsBefore(long time) {
        if (pending.isEmpty()) {
            return;
        }
        int n = 0;
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            if (p.release < time) {
                pending.set(i, pending.get(n));
                pending.set(n++, p);
            }
        }
        if (n == 0) {
            return;
        }
        List<Pending> due = pending.subList(0, n);
        due.sort(EVENT_ORDER);
        for (Pending p : due) {
            events++;
            for (FusionListener l : listenerArray) {
                try {
                    l.onEvent(p.event);
                } catch (RuntimeException ex) {
                    LOG.log(Level.WARNING, "fusion listener failed on event " + p.event.type(), ex);
                }
            }
        }
        due.clear();
    }

    /** Time, then fixed tie-breakers, so simultaneous events of different streams keep one order. */
    static final Comparator<TherapyEvent> TIME_ORDER = Comparator
            .comparingLong(TherapyEvent::sessionNanos)
            .thenComparing(TherapyEvent::source)
            .thenComparing(TherapyEvent::type)
            .thenComparing(TherapyEvent::detail);

    private static final Comparator<Pending> EVENT_ORDER = Comparator.comparing(Pending::event, TIME_ORDER);

    /** An event and the session time after which it may go out (when it was found). */
    private record Pending(TherapyEvent event, long release) {
    }

    private void deliverFrame() {
        frames++;
        for (FusionListener l : listenerArray) {
            try {
                l.onFrame(frame);
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "fusion listener failed on a frame", ex);
            }
        }
    }

    static boolean isStrokeEvent(TherapyEventType t) {
        return t == TherapyEventType.STROKE_START || t == TherapyEventType.STROKE_END;
    }
}
