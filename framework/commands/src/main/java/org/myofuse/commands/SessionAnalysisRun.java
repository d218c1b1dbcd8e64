package org.myofuse.commands;

import java.io.PrintStream;

import org.myofuse.api.store.StoreException;
import org.myofuse.api.analysis.SessionAnalysis;
import org.myofuse.api.analysis.SessionAnalyzer;
import org.myofuse.api.store.SessionReview;

/**
 * Analyses one stored session: replays its raw streams through a fresh fusion analysis (showing
 * progress), then stores the summary and events as the session's analysis. The analysis is a pure
 * function of the stored data and the fusion settings, so running it again stores the same result.
 */
final class SessionAnalysisRun {

    private final SessionReview review;
    private final SessionAnalyzer analyzer;
    private final PrintStream err;
    private final boolean terminal;

    SessionAnalysisRun(SessionReview review, SessionAnalyzer analyzer, PrintStream err, boolean terminal) {
        this.review = review;
        this.analyzer = analyzer;
        this.err = err;
        this.terminal = terminal;
    }

    /** The summary as its JSON document. */
    String json(SessionAnalysis analysis) {
        return analyzer.toJson(analysis.finish());
    }

    /** The finished analysis, already stored. */
    SessionAnalysis analyse(String sessionId) throws StoreException {
        SessionAnalysis analysis = analyzer.newAnalysis();
        ProgressLine progress = new ProgressLine(err, "analysing session " + sessionId, terminal,
                System::currentTimeMillis);
        try {
            review.replay(sessionId, analysis, progress::update);
        } finally {
            progress.finish();
        }
        review.saveAnalysis(sessionId, analyzer.toJson(analysis.finish()), analysis.events());
        return analysis;
    }
}
