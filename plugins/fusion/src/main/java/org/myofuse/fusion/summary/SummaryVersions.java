package org.myofuse.fusion.summary;

import org.myofuse.api.analysis.SessionSummary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The versions of {@code myofuse-summary} (docs/summary.md, "Versions") and how an older document
 * becomes the current model. Version 2 added {@code parameters.emg.onsetFastK} and
 * {@code onsetFastDurationMs}: a version 1 summary was made without the onset detector's fast path,
 * which the model says with 0 for both.
 */
final class SummaryVersions {

    /** The oldest version this reader accepts. */
    static final int OLDEST = 1;

    private SummaryVersions() {
    }

    /**
     * Checks that {@code root} is a summary document of a known version and brings it to the current
     * version in place: the keys a version 1 document lacks are added as 0 and its version becomes
     * {@value SessionSummary#VERSION}.
     *
     * @throws IllegalArgumentException naming the {@code format} or {@code version} field when it is
     *                                  not a summary of version 1 or 2
     */
    static ObjectNode upgrade(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a " + SessionSummary.FORMAT + " document: the top level is "
                    + SummaryReadErrors.found(root) + ", not an object");
        }
        ObjectNode document = (ObjectNode) root;
        JsonNode format = document.get("format");
        if (format == null || !format.isString() || !SessionSummary.FORMAT.equals(format.stringValue())) {
            throw new IllegalArgumentException("format: expected \"" + SessionSummary.FORMAT + "\", found "
                    + SummaryReadErrors.found(format));
        }
        JsonNode version = document.get("version");
        if (version == null || !version.isInt() || version.intValue() < OLDEST
                || version.intValue() > SessionSummary.VERSION) {
            throw new IllegalArgumentException("version: expected " + OLDEST + " to " + SessionSummary.VERSION
                    + " (a newer summary needs a newer Myofuse), found " + SummaryReadErrors.found(version));
        }
        if (version.intValue() == 1) {
            fromVersion1(document);
        }
        return document;
    }

    private static void fromVersion1(ObjectNode document) {
        JsonNode emg = document.path("parameters").path("emg");
        if (emg instanceof ObjectNode e) {
            // no fast path: the onset detector of version 1 had none
            e.putIfAbsent("onsetFastK", e.numberNode(0));
            e.putIfAbsent("onsetFastDurationMs", e.numberNode(0));
        }
        document.put("version", SessionSummary.VERSION);
    }
}
