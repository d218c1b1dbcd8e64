package org.myofuse.benchmarks;

import java.util.concurrent.TimeUnit;

import org.myofuse.api.analysis.SessionAnalyzer;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.fusion.osgi.SessionAnalyzerComponent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replay speed: one operation analyses a whole recorded session of the full device set (two 8-channel
 * EMG amplifiers at 2 kHz, force at 1 kHz, 32 x 32 mat at 100 Hz; simulator defaults, so with strokes,
 * guarding and onsets) with a fresh {@code SessionAnalysis} from the real {@code SessionAnalyzer}
 * component: streams opened, every block in recorded arrival order, streams closed, {@code finish()}
 * (summary and traces). The session is in memory, so reading and decoding the store's chunks is not
 * included. Score: ms per session; {@code seconds * 1000 / score} is the real-time factor.
 * With {@code -prof gc}, {@code gc.alloc.rate.norm} divided by the blocks printed at setup is the
 * allocation per block, the analysis' session-long state (frames kept for the traces) included.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Thread)
public class SessionReplayBenchmark {

    @Param({"60"})
    public int seconds;

    private RecordedSession session;
    private SessionAnalyzer analyzer;
    private SessionSummary last;

    @Setup(Level.Trial)
    public void generate() {
        session = new RecordedSession(FusionDevices.Scenario.SIM, seconds);
        analyzer = new SessionAnalyzerComponent(FusionDevices.fusionConfig());
        System.out.printf("%nsession: %d s, %d blocks (%d streams)%n", seconds, session.blocks(), session.streams.length);
    }

    @Benchmark
    public SessionSummary analyseOneSession() {
        var analysis = analyzer.newAnalysis();
        session.play(analysis);
        last = analysis.finish();
        return last;
    }

    @TearDown(Level.Trial)
    public void report() {
        // what the analysis found, so a broken setup (no strokes, no frames) shows in the output
        System.out.printf("%nlast analysis: %d frames, %d strokes%n", last.frames(), last.force().strokeCount());
    }
}
