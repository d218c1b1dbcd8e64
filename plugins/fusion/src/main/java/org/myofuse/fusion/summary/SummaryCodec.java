package org.myofuse.fusion.summary;

import java.util.List;

import org.myofuse.api.analysis.SessionSummary;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Writes and reads the session summary document {@code myofuse-summary} (docs/summary.md) with
 * Jackson. Writing gives the format's exact bytes: record components in declaration order, the
 * {@link SummaryLayout layout}, the {@link SummaryNumbers number format} ({@code null} for NaN), the
 * {@link SummaryEscapes string escapes}, a final LF. Reading accepts versions 1 and 2, upgrading a
 * version 1 document ({@link SummaryVersions}), ignores keys it does not know, reads {@code null} as
 * NaN where a number belongs, and refuses everything else with one line naming the field's path.
 *
 * <p>Thread-safe: the mapper and writer are immutable once built.
 */
public final class SummaryCodec {

    /**
     * Types the format never writes as {@code null}: only a device's section (absent device), the mat's
     * ellipse (under four positions) and a number (not measured) may be {@code null}.
     */
    private static final List<Class<?>> NEVER_NULL = List.of(String.class, List.class, SessionSummary.Parameters.class,
            SessionSummary.EmgParameters.class, SessionSummary.ForceParameters.class, SessionSummary.MatParameters.class,
            SessionSummary.ResponseParameters.class, SessionSummary.DoseFit.class);

    private static final JsonMapper MAPPER = mapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new SummaryEscapes()).with(new SummaryLayout());

    private SummaryCodec() {
    }

    private static JsonMapper mapper() {
        SimpleModule numbers = new SimpleModule("myofuse-summary numbers")
                .addSerializer(Double.class, new SummaryNumbers.Writer())
                .addSerializer(double.class, new SummaryNumbers.Writer())
                .addDeserializer(Double.class, new SummaryNumbers.Reader())
                .addDeserializer(double.class, new SummaryNumbers.Reader());
        JsonMapper.Builder b = JsonMapper.builder()
                .addModule(numbers)
                // declaration order of the record components, which is the format's key order
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES, JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                // forward compatibility: a key this reader does not know is skipped
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // everything else that is not exactly the model is refused, not guessed at
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        for (Class<?> type : NEVER_NULL) {
            b.withConfigOverride(type, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.FAIL)));
        }
        return b.build();
    }

    /** The summary as the format's text, ending in LF. */
    public static String write(SessionSummary summary) {
        return WRITER.writeValueAsString(summary) + "\n";
    }

    /**
     * Reads a summary document of version 1 or 2 into the model (a version 1 document upgraded to 2).
     *
     * @throws IllegalArgumentException one line naming what is wrong: not JSON, not a summary, an
     *                                  unknown version, or the path of a missing or mistyped field
     */
    public static SessionSummary read(String json) {
        ObjectNode document = SummaryVersions.upgrade(parse(json));
        try {
            return MAPPER.treeToValue(document, SessionSummary.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(SummaryReadErrors.describe(e, document), e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException("unreadable JSON" + where + ": " + SummaryReadErrors.oneLine(
                    e.getOriginalMessage()), e);
        }
    }
}
