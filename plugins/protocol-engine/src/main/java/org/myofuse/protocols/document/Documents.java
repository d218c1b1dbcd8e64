package org.myofuse.protocols.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads protocol and override documents, YAML or JSON, into Jackson trees. A file named {@code *.json}
 * is read as JSON, anything else as YAML (JSON is YAML too, but the JSON reader names JSON mistakes
 * better). A key given twice in one object is refused: in an override it would hide a mistake.
 *
 * <p>Thread-safe.
 */
public final class Documents {

    /** The largest document read, bytes: protocols are a few kilobytes; this keeps a stray file from costing memory. */
    public static final int MAX_BYTES = 1 << 20;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(64)
            .maxStringLength(64 * 1024).maxDocumentLength(MAX_BYTES).build();

    private final ObjectMapper json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build()).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final ObjectMapper yaml = YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** A document that could not be read: the reason, one line. */
    public static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Reads one document.
     *
     * @param name  the file name (decides JSON or YAML)
     * @param bytes its content, UTF-8
     * @return the tree; an object, array or value as written
     * @throws Unreadable if it is empty, too large, or not YAML/JSON
     */
    public JsonNode read(String name, byte[] bytes) throws Unreadable {
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable("larger than " + MAX_BYTES / 1024 + " kB: not a protocol document");
        }
        boolean isJson = name.toLowerCase(Locale.ROOT).endsWith(".json");
        JsonNode tree;
        try {
            tree = (isJson ? json : yaml).readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new Unreadable("not valid " + (isJson ? "JSON" : "YAML") + ": " + reason(e));
        } catch (RuntimeException e) {
            // The YAML parser reports some malformed input with its own unchecked exceptions.
            throw new Unreadable("not valid " + (isJson ? "JSON" : "YAML") + ": " + OneLine.of(e.getMessage()));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new Unreadable("empty document");
        }
        return tree;
    }

    /** The parser's message without the snippets of the document it quotes ("in reader, line 2, column 9: steps: [ ^"). */
    private static final Pattern SNIPPET = Pattern.compile(
            "\\s*in reader, line \\d+, column \\d+:[^\\^]*\\^");

    private static String reason(JacksonException e) {
        String message = OneLine.of(SNIPPET.matcher(String.valueOf(e.getOriginalMessage())).replaceAll(""));
        TokenStreamLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            return message + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return message;
    }
}
