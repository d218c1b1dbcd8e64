package org.myofuse.protocols;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The test documents of src/test/resources/org/myofuse/protocols. */
public final class Fixtures {

    /** One invalid protocol of the suite and the first error it must produce. */
    public record Expectation(Path file, String path, String fragment) {
    }

    private Fixtures() {
    }

    public static Path dir(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/org/myofuse/protocols/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path valid() {
        return dir("valid").resolve("test-release.yaml");
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path file) {
        return new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** invalid/expectations.txt. */
    public static List<Expectation> invalid() {
        Path dir = dir("invalid");
        List<Expectation> result = new ArrayList<>();
        for (String line : text(dir.resolve("expectations.txt")).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            result.add(new Expectation(dir.resolve(parts[0].strip()), parts[1].strip(), parts[2].strip()));
        }
        return result;
    }
}
