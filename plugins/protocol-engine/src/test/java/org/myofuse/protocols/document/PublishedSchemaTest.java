package org.myofuse.protocols.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schemas published in docs/schema/ are byte for byte the ones the bundle validates with. */
class PublishedSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = { "myofuse-protocol-1.schema.json", "myofuse-protocol-override-1.schema.json" })
    void theDocsCopyIsTheBundlesSchema(String name) throws IOException {
        byte[] bundled;
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/org/myofuse/protocols/schema/" + name)) {
            bundled = in.readAllBytes();
        }
        assertArrayEquals(bundled, Files.readAllBytes(Path.of("../../docs/schema", name)), "docs/schema/" + name);
    }
}
