package org.myofuse.programs.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import org.myofuse.programs.plan.PlanReader;
import org.osgi.framework.Bundle;

/**
 * The plan documents a bundle carries: its manifest header {@value #HEADER} is a comma-separated list of
 * folders (ending in {@code /}) and files, e.g. {@code Myofuse-Programs: programs/}; every {@code .yaml},
 * {@code .yml} and {@code .json} file of a folder is a document.
 */
final class BundlePlans {

    /** The manifest header naming a bundle's program plans. */
    static final String HEADER = "Myofuse-Programs";

    private static final System.Logger LOG = System.getLogger(BundlePlans.class.getName());

    /** A document as read from a bundle: its name ({@code <symbolic name>:<path>}), where it came from, its bytes. */
    record Document(String name, String source, byte[] bytes) {
    }

    private BundlePlans() {
    }

    static List<Document> documents(Bundle bundle, String header) {
        String source = "bundle " + bundle.getSymbolicName() + " " + bundle.getVersion();
        List<Document> docs = new ArrayList<>();
        for (String entry : header.split(",")) {
            String path = entry.strip();
            if (path.isEmpty()) {
                continue;
            }
            List<URL> urls = path.endsWith("/") ? folder(bundle, path) : file(bundle, path);
            if (urls.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, bundle.getSymbolicName() + ": " + HEADER + " names " + path
                        + ", which holds no program plan");
            }
            for (URL url : urls) {
                String name = url.getPath().startsWith("/") ? url.getPath().substring(1) : url.getPath();
                try (InputStream in = url.openStream()) {
                    docs.add(new Document(bundle.getSymbolicName() + ":" + name, source, in.readNBytes(PlanReader.MAX_BYTES + 1)));
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, bundle.getSymbolicName() + ": cannot read " + name + ": " + e.getMessage());
                }
            }
        }
        return docs;
    }

    private static List<URL> folder(Bundle bundle, String path) {
        Enumeration<URL> found = bundle.findEntries(path, "*", false);
        List<URL> urls = new ArrayList<>();
        if (found != null) {
            for (URL url : Collections.list(found)) {
                String name = url.getPath().toLowerCase(Locale.ROOT);
                if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
                    urls.add(url);
                }
            }
        }
        urls.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        return urls;
    }

    private static List<URL> file(Bundle bundle, String path) {
        URL url = bundle.getEntry(path);
        return url == null ? List.of() : List.of(url);
    }
}
