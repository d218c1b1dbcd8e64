package org.myofuse.console.feed;

import java.util.concurrent.ArrayBlockingQueue;

import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.ProtocolListener;
import org.myofuse.api.protocol.RunState;

/**
 * The console's protocol listener: the run's newest state (an immutable snapshot) and its cues, for
 * the UI to take once per repaint. Called on the protocol engine's thread; returns at once.
 */
public final class ProtocolFeed implements ProtocolListener {

    private static final int CUE_SLOTS = 64;

    private final ArrayBlockingQueue<Cue> cues = new ArrayBlockingQueue<>(CUE_SLOTS);
    private volatile RunState state;

    @Override
    public void runStarted(RunState s) {
        state = s;
    }

    @Override
    public void stepChanged(RunState s) {
        state = s;
    }

    @Override
    public void progressed(RunState s) {
        state = s;
    }

    @Override
    public void runEnded(RunState s) {
        state = s;
    }

    @Override
    public void cue(Cue cue) {
        if (!cues.offer(cue)) {
            cues.poll(); // the oldest cue is the least relevant
            cues.offer(cue);
        }
    }

    /** The run as last reported, null before any run. */
    public RunState state() {
        return state;
    }

    /** The next cue not yet shown, or null. UI thread. */
    public Cue pollCue() {
        return cues.poll();
    }
}
