/**
 * Analysis of a recorded session: the fusion bundle's processing run over a session's blocks in
 * recorded arrival order (the store's {@code SessionReview.replay} plays them), giving the session summary ({@link org.myofuse.api.analysis.SessionSummary},
 * a public JSON format described in {@code docs/summary.md}), every event, and the fused frames as
 * traces for charts ({@link org.myofuse.api.analysis.AnalysisTraces}).
 *
 * <p>Obtain a {@link org.myofuse.api.analysis.SessionAnalyzer} service (provided by the fusion
 * bundle, configured like the live fusion under PID {@code org.myofuse.fusion}) and ask it for a new
 * {@link org.myofuse.api.analysis.SessionAnalysis} per session.
 */
@Export
@Version("1.0.0")
package org.myofuse.api.analysis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
