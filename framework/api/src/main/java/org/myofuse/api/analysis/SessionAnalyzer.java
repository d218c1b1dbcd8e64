package org.myofuse.api.analysis;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates analyses of recorded sessions with the fusion bundle's configured parameters (PID
 * {@code org.myofuse.fusion}, the same as the live fusion). Provided as an OSGi service by the fusion
 * bundle; a configuration change re-registers the service, and analyses already created keep the
 * parameters they were created with.
 *
 * <p>Thread-safe: any thread may ask for analyses, concurrently.
 */
@ProviderType
public interface SessionAnalyzer {

    /** A fresh analysis, independent of every other, with the configured parameters. */
    SessionAnalysis newAnalysis();

    /**
     * The summary as the public JSON document {@code myofuse-summary} (docs/summary.md): two-space
     * indent, components in declaration order, numbers to 9 significant digits, {@code null} for NaN,
     * LF line ends and a final LF. Equal summaries give identical bytes on any JVM.
     */
    String toJson(SessionSummary summary);

    /**
     * Reads a summary document of this format version or an earlier one back into the typed model;
     * what an earlier version lacks is NaN, an empty list or null as the model documents.
     *
     * @throws IllegalArgumentException when the text is not a {@code myofuse-summary} document or a
     *                                  field has the wrong type; one line naming the field's path
     */
    SessionSummary fromJson(String json);
}
