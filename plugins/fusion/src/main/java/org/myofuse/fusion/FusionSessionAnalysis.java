package org.myofuse.fusion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.analysis.AnalysisTraces;
import org.myofuse.api.analysis.SessionAnalysis;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.fusion.osgi.FusionConfig;

/**
 * A {@link SessionAnalysis}: a private {@link FusionEngine} with session-long statistics switched on,
 * and a {@link FrameRecorder} keeping its frames and events. Because the engine's output depends on
 * the blocks and their order only (see {@link FusionEngine}), so do the summary, events and traces.
 *
 * <p>Lifecycle and threading as {@link SessionAnalysis}: fed, finished and read by one thread.
 */
public final class FusionSessionAnalysis implements SessionAnalysis {

    private final FusionConfig config;
    private final FusionEngine engine;
    private final FrameRecorder recorder = new FrameRecorder();
    private final Map<Integer, StreamInfo> open = new LinkedHashMap<>();
    private SessionSummary summary;
    private List<TherapyEvent> events;
    private AnalysisTraces traces;

    /** @throws IllegalArgumentException when the configuration is invalid (as the live engine would refuse it) */
    public FusionSessionAnalysis(FusionConfig config) {
        this.config = config;
        this.engine = new FusionEngine(config, true);
        engine.addListener(recorder);
    }

    @Override
    public void onStreamOpened(StreamInfo stream) {
        feeding();
        open.put(stream.streamId(), stream);
        engine.onStreamOpened(stream);
    }

    @Override
    public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
        feeding();
        engine.onEvent(block, sequence, endOfBatch);
    }

    @Override
    public void onStreamClosed(StreamInfo stream, String reason) {
        feeding();
        if (open.remove(stream.streamId()) != null) {
            engine.onStreamClosed(stream, reason);
        }
    }

    @Override
    public SessionSummary finish() {
        if (summary == null) {
            // a recording cut short (no close records): its streams end where their data ends
            for (StreamInfo s : new ArrayList<>(open.values())) {
                onStreamClosed(s, "end of recording");
            }
            List<TherapyEvent> sorted = new ArrayList<>(recorder.events());
            sorted.sort(FusionEngine.TIME_ORDER);
            events = List.copyOf(sorted);
            SummaryBuilder builder = new SummaryBuilder(config, engine, recorder, events);
            traces = builder.traces();
            summary = builder.summary();
        }
        return summary;
    }

    @Override
    public List<TherapyEvent> events() {
        finished("events()");
        return events;
    }

    @Override
    public AnalysisTraces traces() {
        finished("traces()");
        return traces;
    }

    private void feeding() {
        if (summary != null) {
            throw new IllegalStateException("session analysis: already finished; use a new analysis for another session");
        }
    }

    private void finished(String what) {
        if (summary == null) {
            throw new IllegalStateException("session analysis: " + what + " is available after finish()");
        }
    }
}
