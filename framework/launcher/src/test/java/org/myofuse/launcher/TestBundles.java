package org.myofuse.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes small bundles for boot tests: a manifest and, optionally, one compiled test class. */
final class TestBundles {

    private TestBundles() {
    }

    static Path write(Path dir, String fileName, Map<String, String> headers, Class<?> activator) throws IOException {
        var manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        headers.forEach(main::putValue);
        Path jar = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(jar); var jarOut = new JarOutputStream(out, manifest)) {
            if (activator != null) {
                String entry = activator.getName().replace('.', '/') + ".class";
                jarOut.putNextEntry(new JarEntry(entry));
                try (var in = activator.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(jarOut);
                }
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
