package org.myofuse.protocols.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.myofuse.api.protocol.Severity;
import org.myofuse.api.protocol.Tone;
import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.CueStyle;

import tools.jackson.databind.JsonNode;

/** The engine's default cue styles (cue-defaults.yaml, English), and how a document's {@code cues} change them. */
public final class CueDefaults {

    private static final String RESOURCE = "/org/myofuse/protocols/cue-defaults.yaml";

    private final Map<String, CueStyle> styles;

    public CueDefaults() {
        try (InputStream in = CueDefaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the bundle");
            }
            JsonNode tree = new Documents().read("cue-defaults.yaml", in.readAllBytes());
            Map<String, CueStyle> read = new LinkedHashMap<>();
            for (String code : CueCodes.ALL) {
                JsonNode style = tree.get(code);
                if (style == null) {
                    throw new IllegalStateException(RESOURCE + " has no style for " + code);
                }
                read.put(code, new CueStyle(code, severity(style.get("severity").stringValue()),
                        style.get("text").stringValue(), style.get("colour").stringValue(), tone(style.get("tone").stringValue())));
            }
            styles = Map.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Documents.Unreadable e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The default styles by code. */
    public Map<String, CueStyle> styles() {
        return styles;
    }

    /** {@code base} with the styles of a document's {@code cues} object applied (each field given replaces the base's). */
    static Map<String, CueStyle> apply(Map<String, CueStyle> base, JsonNode cues) {
        if (cues == null || cues.isMissingNode()) {
            return base;
        }
        Map<String, CueStyle> result = new LinkedHashMap<>(base);
        for (Map.Entry<String, JsonNode> e : cues.properties()) {
            CueStyle old = result.get(e.getKey());
            if (old == null) {
                continue; // an unknown code: the rules refuse the document before it is mapped
            }
            JsonNode s = e.getValue();
            result.put(e.getKey(), new CueStyle(old.code(),
                    s.has("severity") ? severity(s.get("severity").stringValue()) : old.severity(),
                    s.has("text") ? s.get("text").stringValue() : old.text(),
                    s.has("colour") ? s.get("colour").stringValue().toUpperCase(Locale.ROOT) : old.colour(),
                    s.has("tone") ? tone(s.get("tone").stringValue()) : old.tone()));
        }
        return result;
    }

    static Severity severity(String name) {
        return Severity.valueOf(name.toUpperCase(Locale.ROOT));
    }

    static Tone tone(String name) {
        return Tone.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
