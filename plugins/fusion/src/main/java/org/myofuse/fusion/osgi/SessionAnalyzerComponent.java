package org.myofuse.fusion.osgi;

import org.myofuse.fusion.FusionSessionAnalysis;
import org.myofuse.api.analysis.SessionAnalysis;
import org.myofuse.api.analysis.SessionAnalyzer;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.fusion.summary.SummaryCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * The {@link SessionAnalyzer} service, configured like the live fusion (PID {@code org.myofuse.fusion},
 * {@link FusionConfig}; the metatype is designated by {@link FusionComponent}). A configuration change
 * restarts the component, so every analysis runs with one set of parameters from start to end.
 * Activation fails, with the reason, on a configuration the engine refuses. The summary document is
 * written and read by {@link SummaryCodec} (Jackson, in the format's exact bytes).
 *
 * <p>Thread-safe: holds only the immutable configuration; each analysis is independent.
 */
@Component(service = SessionAnalyzer.class, configurationPid = FusionComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class SessionAnalyzerComponent implements SessionAnalyzer {

    private final FusionConfig config;

    @Activate
    public SessionAnalyzerComponent(FusionConfig config) {
        // build one analysis now so a bad configuration fails the activation rather than the first caller
        new FusionSessionAnalysis(config);
        this.config = config;
    }

    @Override
    public SessionAnalysis newAnalysis() {
        return new FusionSessionAnalysis(config);
    }

    @Override
    public String toJson(SessionSummary summary) {
        return SummaryCodec.write(summary);
    }

    @Override
    public SessionSummary fromJson(String json) {
        return SummaryCodec.read(json);
    }
}
