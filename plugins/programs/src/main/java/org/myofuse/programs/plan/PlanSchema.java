package org.myofuse.programs.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import tools.jackson.databind.JsonNode;

/**
 * Checks plan documents against the published JSON Schema ({@value #RESOURCE} in this bundle, copied to
 * docs/schema/) with the networknt validator, and turns its errors into problems naming the document path.
 *
 * <p>Thread-safe: the compiled schema is immutable; each check has its own execution context.
 */
public final class PlanSchema {

    /** Where the schema is, in this bundle. */
    public static final String RESOURCE = "/org/myofuse/programs/schema/myofuse-program-1.schema.json";

    /** Bounds on one check: a plan comes nowhere near them; a hostile document stops there. */
    private static final ExecutionConfig EXECUTION = ExecutionConfig.builder().locale(Locale.ENGLISH)
            .maxEvaluationDepth(100).maxEvaluationSteps(500_000).build();

    private final Schema schema;

    public PlanSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH)
                        .pathType(PathType.JSON_POINTER).build()));
        try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema " + RESOURCE + " missing from the bundle");
            }
            schema = registry.getSchema(in);
            schema.initializeValidators();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's problems, each place once; empty when it conforms. */
    List<PlanProblem> check(String file, JsonNode document) {
        List<PlanProblem> problems = new ArrayList<>();
        for (Error e : schema.validate(document, context -> context.setExecutionConfig(EXECUTION))) {
            PlanProblem p = problem(file, e);
            if (!problems.contains(p)) {
                problems.add(p);
            }
        }
        return problems;
    }

    private static PlanProblem problem(String file, Error e) {
        DocPath at = path(e.getInstanceLocation());
        String property = e.getProperty();
        return switch (String.valueOf(e.getKeyword())) {
            case "required" -> new PlanProblem(file, at.at(property).toString(), "missing (required)");
            case "additionalProperties", "unevaluatedProperties" ->
                new PlanProblem(file, property == null ? at.toString() : at.at(property).toString(), "unknown field");
            default -> new PlanProblem(file, at.toString(), message(e));
        };
    }

    /** The validator's message, one line, without the location it starts with. */
    private static String message(Error e) {
        String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
        String location = e.getInstanceLocation().toString();
        if (message.startsWith(location + ": ")) {
            return message.substring(location.length() + 2);
        }
        return message.startsWith(": ") ? message.substring(2) : message;
    }

    private static DocPath path(NodePath location) {
        DocPath path = DocPath.ROOT;
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? path.at(index) : path.at(String.valueOf(element));
        }
        return path;
    }
}
