package org.myofuse.programs.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The schema published in docs/schema/ is byte for byte the one the bundle validates with. */
class PublishedSchemaTest {

    @Test
    void thePublishedSchemaIsTheBundlesSchema() throws Exception {
        byte[] bundled;
        try (InputStream in = PlanSchema.class.getResourceAsStream(PlanSchema.RESOURCE)) {
            bundled = in.readAllBytes();
        }
        assertArrayEquals(bundled, Files.readAllBytes(Path.of("../../docs/schema/myofuse-program-1.schema.json")),
                "docs/schema/myofuse-program-1.schema.json");
    }
}
