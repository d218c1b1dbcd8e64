package org.myofuse.console.ui;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.myofuse.api.console.ConsoleTiming;

/**
 * The console's one repaint timer: every {@value #PERIOD_MS} ms (60 per second) it takes in what the
 * feeds have (the model) and draws every view that is on screen, measuring how long a frame takes to
 * draw and how late each tick came (a late tick is a UI-thread stall: something held the thread).
 * The time from an EMG onset in the signal to its marker on screen is measured here too: an onset
 * taken in by a tick is drawn by the same tick. UI thread only.
 */
final class RepaintLoop implements Runnable {

    static final int PERIOD_MS = 16;
    static final long STALL_NANOS = 50_000_000L;

    private final Display display;
    private final LiveModel model;
    private final List<BufferedView> fast;
    private final Runnable taken;
    private final Runnable slow;
    private final Percentiles frames = new Percentiles(1 << 16);
    private final Percentiles onsetToMarker = new Percentiles(1 << 12);
    private final java.util.function.LongSupplier sessionClock;
    private long lastTick;
    private long lastWork = -1;
    private long longestStall;
    private long stalls;
    private long nextSlow;
    private boolean stopped;

    /**
     * @param fast  the views drawn every tick
     * @param taken what reacts to the update every tick before drawing (tones)
     * @param slow  what is refreshed twice a second (tables, texts)
     * @param clock the session clock, which the onset times are on
     */
    RepaintLoop(Display display, LiveModel model, List<BufferedView> fast, Runnable taken, Runnable slow,
            java.util.function.LongSupplier clock) {
        this.display = display;
        this.model = model;
        this.fast = fast;
        this.taken = taken;
        this.slow = slow;
        this.sessionClock = clock;
    }

    void start() {
        lastTick = System.nanoTime();
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
        if (lastWork >= 0) {
            // The previous frame: its tick's work and the paints GTK did for it since.
            frames.add(lastWork + BufferedView.takePaintNanos());
        }
        long late = start - lastTick - PERIOD_MS * 1_000_000L;
        if (late > STALL_NANOS) {
            stalls++;
        }
        longestStall = Math.max(longestStall, late);
        model.update();
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
        measureOnsets();
        lastTick = start;
        int spent = (int) ((end - start) / 1_000_000L);
        display.timerExec(Math.max(1, PERIOD_MS - spent), this);
    }

    private void measureOnsets() {
        long drawnAt = sessionClock.getAsLong();
        for (int i = 0; i < model.newOnsets; i++) {
            onsetToMarker.add(drawnAt - model.newOnsetNanos[i]);
        }
    }

    ConsoleTiming timing() {
        return new ConsoleTiming(frames.count(), frames.percentileMs(50), frames.percentileMs(99),
                frames.count() == 0 ? Double.NaN : Math.max(0, longestStall) / 1e6, stalls, onsetToMarker.count(),
                onsetToMarker.percentileMs(50), onsetToMarker.percentileMs(99));
    }
}
