package org.myofuse.console.ui;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.myofuse.api.console.ConsoleTiming;

/**
 * The console's one repaint timer: every {@value #PERIOD_MS} ms (60 per second) it takes in what the
 * feeds have (the model) and draws every view that is on screen, measuring how long a frame takes to
 * draw and how late each tick came (a late tick is a UI-thread stall: something held the thread).
 * The time from an EMG onset in the signal to its marker on screen is measured here too: from the
 * onset's session time to the end of the first paint of the EMG view after the tick that took it in
 * (GTK paints when its frame comes, after the tick). UI thread only.
 */
final class RepaintLoop implements Runnable {

    static final int PERIOD_MS = 16;
    static final long STALL_NANOS = 50_000_000L;
    /**
     * The first seconds after the window opened: classes load, the JIT compiles the paints, GTK and
     * Pango fill their caches. The timing report gives what follows on its own (the steady state).
     */
    static final long STARTUP_NANOS = 5_000_000_000L;

    private final Display display;
    private final LiveModel model;
    private final List<BufferedView> fast;
    private final BufferedView markers;
    /** Onsets taken in but not yet drawn: their age when taken, and System.nanoTime() then. */
    private final long[] pendingAge = new long[256];
    private final long[] pendingTakenAt = new long[256];
    private int pending;
    private final Runnable taken;
    private final Runnable slow;
    private final Percentiles frames = new Percentiles(1 << 16);
    private final Percentiles onsetToMarker = new Percentiles(1 << 12);
    private final Percentiles steadyFrames = new Percentiles(1 << 16);
    private final Percentiles steadyWork = new Percentiles(1 << 16);
    private final Percentiles steadyOnsets = new Percentiles(1 << 12);
    /** An onset's age when a tick took it in: the fusion's detection and hand-over, plus the wait for the tick. */
    private final Percentiles steadyOnsetAges = new Percentiles(1 << 12);
    private final java.util.function.LongSupplier sessionClock;
    private long lastTick;
    private long lastWork = -1;
    private long longestStall;
    private long stalls;
    private long startedAt;
    private boolean steady;
    private long steadyStalls;
    private long steadyLongestStall;
    private long nextSlow;
    private boolean stopped;

    /**
     * @param fast  the views drawn every tick
     * @param markers the view that draws the onset markers (EMG)
     * @param taken what reacts to the update every tick before drawing (tones)
     * @param slow  what is refreshed twice a second (tables, texts)
     * @param clock the session clock, which the onset times are on
     */
    RepaintLoop(Display display, LiveModel model, List<BufferedView> fast, BufferedView markers, Runnable taken,
            Runnable slow, java.util.function.LongSupplier clock) {
        this.display = display;
        this.model = model;
        this.fast = fast;
        this.markers = markers;
        this.taken = taken;
        this.slow = slow;
        this.sessionClock = clock;
    }

    void start() {
        lastTick = System.nanoTime();
        startedAt = lastTick;
        BufferedView.takePaintNanos();
        display.timerExec(PERIOD_MS, this);
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        if (stopped || display.isDisposed()) {
            return;
        }
        long start = System.nanoTime();
        if (!steady && start - startedAt >= STARTUP_NANOS) {
            beginSteady();
        }
        if (lastWork >= 0) {
            // The previous frame: its tick's work and the paints GTK did for it since.
            long frame = lastWork + BufferedView.takePaintNanos();
            frames.add(frame);
            if (steady) {
                steadyFrames.add(frame);
                steadyWork.add(lastWork);
            }
        }
        long late = start - lastTick - PERIOD_MS * 1_000_000L;
        if (late > STALL_NANOS) {
            stalls++;
            if (steady) {
                steadyStalls++;
            }
        }
        longestStall = Math.max(longestStall, late);
        if (steady) {
            steadyLongestStall = Math.max(steadyLongestStall, late);
        }
        measureOnsets();
        model.update();
        takeOnsets();
        taken.run();
        for (BufferedView v : fast) {
            v.render();
        }
        if (start - nextSlow >= 0) {
            slow.run();
            nextSlow = start + 500_000_000L;
        }
        long end = System.nanoTime();
        lastWork = end - start;
        lastTick = start;
        int spent = (int) ((end - start) / 1_000_000L);
        display.timerExec(Math.max(1, PERIOD_MS - spent), this);
    }

    /** The onsets this tick took in wait for the EMG view's next paint. */
    private void takeOnsets() {
        long session = sessionClock.getAsLong();
        long nanoTime = System.nanoTime();
        for (int i = 0; i < model.newOnsets && pending < pendingAge.length; i++) {
            pendingAge[pending] = session - model.newOnsetNanos[i];
            if (steady) {
                steadyOnsetAges.add(pendingAge[pending]);
            }
            pendingTakenAt[pending] = nanoTime;
            pending++;
        }
    }

    /** Onsets whose marker the EMG view has drawn since they were taken in; none while it is hidden. */
    private void measureOnsets() {
        if (!markers.showing()) {
            pending = 0;
            return;
        }
        long painted = markers.paintedAt();
        int kept = 0;
        for (int i = 0; i < pending; i++) {
            if (painted - pendingTakenAt[i] > 0) {
                long nanos = pendingAge[i] + (painted - pendingTakenAt[i]);
                onsetToMarker.add(nanos);
                if (steady) {
                    steadyOnsets.add(nanos);
                }
            } else {
                pendingAge[kept] = pendingAge[i];
                pendingTakenAt[kept] = pendingTakenAt[i];
                kept++;
            }
        }
        pending = kept;
    }

    private void beginSteady() {
        steady = true;
        for (BufferedView v : fast) {
            v.clearPaintTimes();
        }
    }

    /**
     * The steady state's figures in one line (after the first {@link #STARTUP_NANOS}): frames, frame
     * time, the tick's own work, stalls, onset to marker, and each view's paint time.
     */
    String steadyReport() {
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT,
                "console timing after start-up (%d s): %d frames, frame median %.2f ms p99 %.2f ms; tick work median %.2f ms p99 %.2f ms;"
                        + " stalls over 50 ms %d, longest %.0f ms; start-up stalls %d; onset to marker %d, median %.1f ms p99 %.1f ms"
                        + " (of which onset to taken in by a tick: median %.1f ms p99 %.1f ms); paints:",
                STARTUP_NANOS / 1_000_000_000L, steadyFrames.count(), steadyFrames.percentileMs(50), steadyFrames.percentileMs(99),
                steadyWork.percentileMs(50), steadyWork.percentileMs(99), steadyStalls, Math.max(0, steadyLongestStall) / 1e6,
                stalls - steadyStalls, steadyOnsets.count(), steadyOnsets.percentileMs(50), steadyOnsets.percentileMs(99),
                steadyOnsetAges.percentileMs(50), steadyOnsetAges.percentileMs(99)));
        for (BufferedView v : fast) {
            sb.append(' ').append(v.paintTimes()).append(';');
        }
        return sb.toString();
    }

    ConsoleTiming timing() {
        return new ConsoleTiming(frames.count(), frames.percentileMs(50), frames.percentileMs(99),
                frames.count() == 0 ? Double.NaN : Math.max(0, longestStall) / 1e6, stalls, onsetToMarker.count(),
                onsetToMarker.percentileMs(50), onsetToMarker.percentileMs(99));
    }
}
