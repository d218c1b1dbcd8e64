package org.myofuse.protocols.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.myofuse.api.protocol.Problem;

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
 * Checks documents against the published JSON Schemas ({@code myofuse-protocol-1.schema.json},
 * {@code myofuse-protocol-override-1.schema.json}, resources of this bundle and copies in docs/schema/)
 * with the networknt validator, and turns its errors into {@link Problem}s naming the document path.
 *
 * <p>Thread-safe: the compiled schemas are immutable; each check has its own execution context.
 */
public final class SchemaCheck {

    /** Where the schemas are, in this bundle. */
    public static final String PROTOCOL_SCHEMA = "/org/myofuse/protocols/schema/myofuse-protocol-1.schema.json";
    public static final String OVERRIDE_SCHEMA = "/org/myofuse/protocols/schema/myofuse-protocol-override-1.schema.json";

    /** Bounds on one check: no document of ours comes near them; a hostile one stops there. */
    private static final ExecutionConfig EXECUTION = ExecutionConfig.builder().locale(Locale.ENGLISH)
            .maxEvaluationDepth(200).maxEvaluationSteps(2_000_000).build();

    private final Schema protocol;
    private final Schema override;

    public SchemaCheck() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH)
                        .pathType(PathType.JSON_POINTER).build()));
        protocol = load(registry, PROTOCOL_SCHEMA);
        override = load(registry, OVERRIDE_SCHEMA);
    }

    private static Schema load(SchemaRegistry registry, String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " missing from the bundle");
            }
            Schema schema = registry.getSchema(in);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems of a protocol document, in document order; empty when it conforms. */
    public List<Problem> protocol(String file, JsonNode document) {
        return check(protocol, file, document);
    }

    /** Problems of an override document, in document order; empty when it conforms. */
    public List<Problem> override(String file, JsonNode document) {
        return check(override, file, document);
    }

    private static List<Problem> check(Schema schema, String file, JsonNode document) {
        List<Error> errors = schema.validate(document, context -> context.setExecutionConfig(EXECUTION));
        List<Problem> problems = new ArrayList<>();
        for (Error e : errors) {
            Problem p = problem(file, e);
            if (!problems.contains(p)) {
                problems.add(p);
            }
        }
        return DocumentOrder.sort(document, problems);
    }

    private static Problem problem(String file, Error e) {
        DocPath at = path(e.getInstanceLocation());
        String keyword = String.valueOf(e.getKeyword());
        String property = e.getProperty();
        switch (keyword) {
            case "required":
                return new Problem(Problem.Level.ERROR, file, at.at(property).toString(), "missing (required)");
            case "additionalProperties":
            case "unevaluatedProperties":
                return new Problem(Problem.Level.ERROR, file, property == null ? at.toString() : at.at(property).toString(),
                        "unknown field");
            case "false":
                return new Problem(Problem.Level.ERROR, file, at.toString(), "may not be changed here");
            default:
                return new Problem(Problem.Level.ERROR, file, at.toString(), message(e));
        }
    }

    /** The validator's message without the location it starts with. */
    private static String message(Error e) {
        String message = OneLine.of(e.getMessage());
        String location = e.getInstanceLocation().toString();
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        } else if (message.startsWith(": ")) {
            message = message.substring(2);
        }
        return message;
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
