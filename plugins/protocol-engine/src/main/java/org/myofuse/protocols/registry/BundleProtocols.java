package org.myofuse.protocols.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * Finds the protocols bundles carry: a bundle whose manifest has {@value #HEADER} (a comma-separated list
 * of folders ending in {@code /} and files, e.g. {@code Myofuse-Protocols: protocols/}) contributes every
 * {@code .yaml}, {@code .yml} and {@code .json} document there while it is active. Tracked from
 * {@link Bundle#ACTIVE}: found when the bundle starts, dropped when it stops (or is updated or removed).
 *
 * <p>Called on the thread that starts or stops the bundle; the registry serializes its own changes.
 */
final class BundleProtocols implements BundleTrackerCustomizer<Long> {

    /** The manifest header naming a bundle's protocol documents. */
    static final String HEADER = "Myofuse-Protocols";

    private static final System.Logger LOG = System.getLogger(BundleProtocols.class.getName());

    private final Registry registry;
    private final BooleanSupplier hostStopping;

    /** @param hostStopping true once the framework stops (every bundle is about to go) */
    BundleProtocols(Registry registry, BooleanSupplier hostStopping) {
        this.registry = registry;
        this.hostStopping = hostStopping;
    }

    @Override
    public Long addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders("").get(HEADER);
        if (header == null) {
            return null;
        }
        registry.bundleAdded(bundle.getBundleId(), documents(bundle, header));
        return bundle.getBundleId();
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Long id) {
        // a bundle's content changes only through an update, which stops it first
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
        if (hostStopping.getAsBoolean()) {
            // The registry goes with the host: dropping the protocols first would only make every
            // override in etc/ look orphaned and print a warning as each command ends.
            return;
        }
        registry.bundleRemoved(id);
    }

    private static List<SourceDoc> documents(Bundle bundle, String header) {
        String source = "bundle " + bundle.getSymbolicName() + " " + bundle.getVersion();
        List<SourceDoc> docs = new ArrayList<>();
        for (String entry : header.split(",")) {
            String path = entry.strip();
            if (path.isEmpty()) {
                continue;
            }
            List<URL> urls = path.endsWith("/") ? folder(bundle, path) : file(bundle, path);
            if (urls.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, bundle.getSymbolicName() + ": " + HEADER + " names " + path
                        + ", which holds no protocol document");
            }
            for (URL url : urls) {
                String name = url.getPath().startsWith("/") ? url.getPath().substring(1) : url.getPath();
                try (InputStream in = url.openStream()) {
                    docs.add(new SourceDoc(bundle.getSymbolicName() + ":" + name, source, in.readNBytes(
                            org.myofuse.protocols.document.Documents.MAX_BYTES + 1)));
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
                String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
                if (FolderWatch.PROTOCOL_FILE.matcher(name).matches()) {
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
