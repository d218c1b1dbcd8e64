package org.myofuse.console.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.Severity;
import org.myofuse.api.protocol.Target;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.console.feed.BusFeed;
import org.myofuse.console.feed.DeviceFeed;
import org.myofuse.console.feed.FrameRing;
import org.myofuse.console.feed.FusionFeed;
import org.myofuse.console.feed.ProtocolFeed;

/**
 * What the views draw, taken from the feeds once per repaint on the UI thread: the newest fused frame,
 * the events, cues and protocol state that came since the last repaint, the newest mat frame and the
 * devices. Views read it and draw; they change nothing. Everything held is preallocated or replaced
 * only when something changes (a cue, a device snapshot once a second).
 */
public final class LiveModel {

    /** The time the strip charts show. */
    public static final long WINDOW_NANOS = 10_000_000_000L;
    /** How long an info or advisory cue stays up. */
    static final long CUE_SHOWN_NANOS = 8_000_000_000L;
    /** How long a caution or alarm cue stays up unless another replaces it. */
    static final long URGENT_CUE_SHOWN_NANOS = 20_000_000_000L;

    private final SessionClock clock;
    private final FusionFeed fusion;
    private final BusFeed bus;
    private final ProtocolFeed protocol;
    private final DeviceFeed devices;

    final EventLog strokes = new EventLog(64);
    final EventLog strokeStarts = new EventLog(64);
    final EventLog onsets = new EventLog(256);
    final EventLog overpressure = new EventLog(32);
    /** Onsets taken in by the last {@link #update}: their markers are drawn in this repaint. */
    final long[] newOnsetNanos = new long[64];
    int newOnsets;
    /** The newest cue taken in by the last {@link #update}, null when none came: its tone sounds once. */
    Cue freshCue;

    private long now;
    private long latest;
    private float[] matCells = new float[0];
    private int matSequence = -2;
    private GridLayout matGrid;
    private Cue cue;
    private long cueShownAt;
    private RunState run;
    private DeviceFeed.Snapshot snapshot = new DeviceFeed.Snapshot(0, List.of());
    private Map<String, Double> rates = Map.of();
    private SessionInfo session;
    private String notice = "";
    private long noticeAt;
    private long sessionStart;

    public LiveModel(SessionClock clock, FusionFeed fusion, BusFeed bus, ProtocolFeed protocol, DeviceFeed devices) {
        this.clock = clock;
        this.fusion = fusion;
        this.bus = bus;
        this.protocol = protocol;
        this.devices = devices;
        this.sessionStart = clock.nanos();
    }

    /** Takes in what came since the last repaint. UI thread. */
    public void update() {
        now = clock.nanos();
        latest = fusion.frames().written();
        newOnsets = 0;
        for (TherapyEvent e = fusion.pollEvent(); e != null; e = fusion.pollEvent()) {
            take(e);
        }
        takeMat();
        takeProtocol();
        takeDevices();
    }

    private void take(TherapyEvent e) {
        switch (e.type()) {
            case STROKE_START -> strokeStarts.add(e.sessionNanos(), e.value(), e.source());
            case STROKE_END -> strokes.add(e.sessionNanos(), e.value(), e.source());
            case OVERPRESSURE -> overpressure.add(e.sessionNanos(), e.value(), e.source());
            case EMG_ONSET -> {
                onsets.add(e.sessionNanos(), e.value(), e.source());
                if (newOnsets < newOnsetNanos.length) {
                    newOnsetNanos[newOnsets++] = e.sessionNanos();
                }
            }
            default -> {
            }
        }
    }

    private void takeMat() {
        GridLayout grid = bus.mat().grid();
        matGrid = grid;
        if (grid == null) {
            return;
        }
        if (matCells.length != grid.cells()) {
            matCells = new float[grid.cells()]; // a mat of another size came: once per mat
        }
        int seq = bus.mat().sequence();
        if (seq != matSequence) {
            int read = bus.mat().read(matCells);
            if (read >= 0) {
                matSequence = read;
            }
        }
    }

    private void takeProtocol() {
        run = protocol.state();
        freshCue = null;
        for (Cue c = protocol.pollCue(); c != null; c = protocol.pollCue()) {
            cue = c;
            cueShownAt = now;
            freshCue = c;
        }
    }

    private void takeDevices() {
        DeviceFeed.Snapshot next = devices.snapshot();
        if (next == snapshot) {
            return;
        }
        Map<String, Double> r = new HashMap<>();
        double seconds = (next.atNanos() - snapshot.atNanos()) / 1e9;
        for (DeviceInfo d : next.devices()) {
            Optional<DeviceInfo> before = snapshot.devices().stream().filter(b -> b.deviceId().equals(d.deviceId())).findFirst();
            if (before.isPresent() && seconds > 0) {
                r.put(d.deviceId(), Math.max(0, (d.samples() - before.get().samples()) / seconds));
            }
        }
        rates = r;
        snapshot = next;
    }

    /** A short message for the therapist (shown in the header for a few seconds). UI thread. */
    void notice(String text) {
        notice = text;
        noticeAt = now;
    }

    public void session(SessionInfo s, long startNanos) {
        session = s;
        sessionStart = startNanos;
    }

    // ---- what the views read ----

    long now() {
        return now;
    }

    FrameRing frames() {
        return fusion.frames();
    }

    /** Frames written; the newest is {@code latest() - 1}. */
    long latest() {
        return latest;
    }

    /** The oldest frame within the strip charts' window (at most {@link FrameRing#READABLE} back). */
    long windowStart() {
        FrameRing f = fusion.frames();
        long first = Math.max(0, latest - FrameRing.READABLE);
        long from = latest;
        while (from > first && now - f.nanos(from - 1) <= WINDOW_NANOS) {
            from--;
        }
        return from;
    }

    float[] matCells() {
        return matCells;
    }

    GridLayout matGrid() {
        return matGrid;
    }

    String matDevice() {
        return bus.mat().deviceId();
    }

    /** The cue to show now, or null. */
    Cue cue() {
        if (cue == null) {
            return null;
        }
        boolean urgent = cue.severity() == Severity.CAUTION || cue.severity() == Severity.ALARM;
        return now - cueShownAt <= (urgent ? URGENT_CUE_SHOWN_NANOS : CUE_SHOWN_NANOS) ? cue : null;
    }

    RunState run() {
        return run;
    }

    /** The band the running step asks for on {@code metric}, or null. */
    Target target(String metric) {
        RunState r = run;
        if (r == null || r.ended()) {
            return null;
        }
        for (Target t : r.step().targets()) {
            if (t.metric().equals(metric)) {
                return t;
            }
        }
        return null;
    }

    List<DeviceInfo> devices() {
        return snapshot.devices();
    }

    /** Samples per second of a device over the last snapshot interval; NaN before two snapshots. */
    double rate(String deviceId) {
        return rates.getOrDefault(deviceId, Double.NaN);
    }

    BusFeed bus() {
        return bus;
    }

    long droppedEvents() {
        return fusion.droppedEvents();
    }

    SessionInfo session() {
        return session;
    }

    long sessionStartNanos() {
        return sessionStart;
    }

    /** The notice, "" when none is recent. */
    String notice() {
        return now - noticeAt < 4_000_000_000L ? notice : "";
    }
}
