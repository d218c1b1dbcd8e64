package org.myofuse.fusion;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;

/**
 * Keeps every fused frame of a session analysis in primitive series (one float per value; an hour at
 * 100 Hz with eight EMG channels is about 20 MB) and every event. Only a session analysis attaches
 * one; the live engine's listeners are untouched. Called from the engine's thread. Not thread-safe.
 */
final class FrameRecorder implements FusionListener {

    private static final int INITIAL_FRAMES = 1 << 14;

    private final DoubleSeries time = new DoubleSeries(INITIAL_FRAMES);
    private final FloatSeries normal = new FloatSeries(INITIAL_FRAMES);
    private final FloatSeries shear = new FloatSeries(INITIAL_FRAMES);
    private final FloatSeries copX = new FloatSeries(INITIAL_FRAMES);
    private final FloatSeries copY = new FloatSeries(INITIAL_FRAMES);
    private final List<FloatSeries> emg = new ArrayList<>();
    private final List<TherapyEvent> events = new ArrayList<>();

    @Override
    public void onFrame(FusedFrame f) {
        int frames = time.size();
        // a channel whose stream opened after the frames began has no value for the earlier frames
        while (emg.size() < f.emgChannels()) {
            emg.add(FloatSeries.missing(frames, INITIAL_FRAMES));
        }
        time.add(f.sessionNanos() / 1e9);
        normal.add(f.normalForceN());
        shear.add(f.shearForceN());
        copX.add(f.copXmm());
        copY.add(f.copYmm());
        for (int c = 0; c < emg.size(); c++) {
            emg.get(c).add(c < f.emgChannels() ? f.emgEnvelope(c) : Double.NaN);
        }
    }

    @Override
    public void onEvent(TherapyEvent e) {
        events.add(e);
    }

    int frames() {
        return time.size();
    }

    DoubleSeries time() {
        return time;
    }

    FloatSeries normal() {
        return normal;
    }

    FloatSeries shear() {
        return shear;
    }

    FloatSeries copX() {
        return copX;
    }

    FloatSeries copY() {
        return copY;
    }

    /** Envelope of EMG channel {@code c} in frame order (the engine's numbering across amplifiers). */
    FloatSeries emg(int c) {
        return c < emg.size() ? emg.get(c) : FloatSeries.missing(frames(), 16);
    }

    /** Events in delivery order. */
    List<TherapyEvent> events() {
        return events;
    }
}
