package org.myofuse.programs.plan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.myofuse.api.program.PlanInfo;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a program plan document (docs/programs-format.md): YAML, or JSON for a file named {@code *.json};
 * checked against the published JSON Schema, then against the plan rules; mapped to a {@link PlanInfo}.
 * A key given twice in one object is refused.
 *
 * <p>Thread-safe; construct once (compiling the schema takes a moment).
 */
public final class PlanReader {

    /** The largest document read, bytes: plans are a few kilobytes. */
    public static final int MAX_BYTES = 256 * 1024;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(32)
            .maxStringLength(16 * 1024).maxDocumentLength(MAX_BYTES).build();

    private final ObjectMapper json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final ObjectMapper yaml = YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final PlanSchema schema = new PlanSchema();

    /**
     * The outcome of reading one document: a plan, or the problems that refuse it.
     *
     * @param plan     the plan, {@code null} when refused
     * @param problems every problem found, empty when accepted
     */
    public record Outcome(PlanInfo plan, List<PlanProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads a document.
     *
     * @param file   its name, for messages and to tell JSON from YAML
     * @param bytes  its content, UTF-8
     * @param source where it came from ({@code bundle <symbolic name> <version>})
     */
    public Outcome read(String file, byte[] bytes, String source) {
        if (bytes.length > MAX_BYTES) {
            return refused(file, "larger than " + MAX_BYTES / 1024 + " kB: not a program plan");
        }
        boolean isJson = file.toLowerCase(Locale.ROOT).endsWith(".json");
        JsonNode tree;
        try {
            tree = (isJson ? json : yaml).readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            return refused(file, "not valid " + (isJson ? "JSON" : "YAML") + ": " + oneLine(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            // The YAML parser reports some malformed input with its own unchecked exceptions.
            return refused(file, "not valid " + (isJson ? "JSON" : "YAML") + ": " + oneLine(e.getMessage()));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return refused(file, "empty document");
        }
        List<PlanProblem> problems = schema.check(file, tree);
        if (problems.isEmpty()) {
            problems = PlanRules.check(file, tree);
        }
        return problems.isEmpty() ? new Outcome(plan(tree, source), List.of()) : new Outcome(null, problems);
    }

    private static Outcome refused(String file, String message) {
        return new Outcome(null, List.of(new PlanProblem(file, "", message)));
    }

    private static String oneLine(String text) {
        String line = String.valueOf(text).replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static PlanInfo plan(JsonNode tree, String source) {
        List<PlanInfo.Phase> phases = new ArrayList<>();
        for (JsonNode p : tree.path("phases")) {
            List<String> rules = new ArrayList<>();
            p.path("progressions").forEach(r -> rules.add(r.asString()));
            phases.add(new PlanInfo.Phase(p.path("weeks").path("from").asInt(), p.path("weeks").path("to").asInt(),
                    p.path("title").asString(""), p.path("protocol").asString(), rules));
        }
        List<PlanInfo.Rule> rules = new ArrayList<>();
        for (JsonNode r : tree.path("progressions")) {
            rules.add(rule(r));
        }
        return new PlanInfo(tree.path("id").asString(), tree.path("version").asString(), tree.path("title").asString(),
                tree.path("weeks").path("value").asInt(), tree.path("sessionsPerWeek").path("value").asInt(), source,
                phases, rules);
    }

    private static PlanInfo.Rule rule(JsonNode r) {
        String parameter = r.path("parameter").asString();
        JsonNode when = r.path("when");
        Map<String, String> sources = new LinkedHashMap<>();
        for (String field : List.of("start", "increment", "limit")) {
            sources.put(field, r.path(field).path("source").asString());
        }
        sources.put("threshold", when.path("result").path("source").asString());
        sources.put("sessions", when.path("sessions").path("source").asString());
        String step = when.path("step").asString(parameter.substring(0, parameter.indexOf('.')));
        return new PlanInfo.Rule(r.path("id").asString(), r.path("title").asString(), parameter, r.path("unit").asString(),
                r.path("start").path("value").asDouble(), r.path("increment").path("value").asDouble(),
                r.path("limit").path("value").asDouble(), step, when.path("result").path("min").asDouble(),
                when.path("sessions").path("value").asInt(), sources);
    }
}
