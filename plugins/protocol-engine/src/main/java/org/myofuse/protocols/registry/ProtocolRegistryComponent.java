package org.myofuse.protocols.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.myofuse.api.host.HostEnvironment;
import org.myofuse.api.protocol.Problem;
import org.myofuse.api.protocol.ProtocolException;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.api.protocol.ProtocolRegistry;
import org.myofuse.protocols.document.ProtocolCompiler;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.BundleTracker;

/**
 * The {@link ProtocolRegistry} service (and {@link ProtocolCatalog} for the engine in this bundle): bundles'
 * protocols tracked from their start to their stop ({@link BundleProtocols}), etc/protocols/ and the
 * override files of etc/ watched while the host runs ({@link FolderWatch}), the last accepted version of
 * each etc/ file kept in the data folder ({@link AcceptedCopies}).
 *
 * <h2>Folders</h2>
 * etc/ is {@link RegistryConfig#etcDir()}, else {@link HostEnvironment#etcDir()}, else the framework
 * property {@value #ETC_PROPERTY} (hosts without the launcher, such as the integration tests), else there
 * is none. The accepted copies go to {@link RegistryConfig#acceptedDir()}, else {@code protocols/accepted}
 * in the data folder ({@link HostEnvironment#home()}, else the framework property {@value #HOME_PROPERTY}).
 *
 * <h2>Lifecycle</h2>
 * Activation only starts the loading, on a thread of its own ({@code myofuse-protocol-load}): reading the
 * bundles' protocols and etc/, and compiling them, takes a moment that every host start would otherwise
 * wait for (the service is referenced by components started with the host). Every method waits for that
 * first load, so its first caller sees the complete set. Deactivation does not wait for a load still
 * going on: the loading thread closes what it opened when it finds the component gone. A configuration
 * change re-activates it.
 */
@Component(configurationPid = ProtocolRegistryComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = { ProtocolRegistry.class, ProtocolCatalog.class })
@Designate(ocd = RegistryConfig.class)
public final class ProtocolRegistryComponent implements ProtocolRegistry, ProtocolCatalog {

    /** The configuration PID. */
    public static final String PID = "org.myofuse.protocols";
    /** Framework property naming etc/ when there is no HostEnvironment. */
    public static final String ETC_PROPERTY = "myofuse.etc";
    /** Framework property naming the data folder when there is no HostEnvironment (as the store reads it). */
    public static final String HOME_PROPERTY = "myofuse.home";
    /** How long a stop waits for a load in progress (it stops before compiling when it can). */
    private static final long LOAD_STOP_WAIT_MILLIS = 10_000;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL)
    private HostEnvironment host;

    /** The first load; the registry once it is done. */
    private final CompletableFuture<Registry> loaded = new CompletableFuture<>();
    private boolean stopped;
    private Thread loader;
    private Registry registry;
    private BundleTracker<Long> tracker;
    private FolderWatch watch;

    @Activate
    void activate(RegistryConfig config, BundleContext context) {
        loader = new Thread(() -> load(config, context), "myofuse-protocol-load");
        loader.setDaemon(true);
        loader.start();
    }

    private static boolean hostStopping(BundleContext context) {
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        return system == null || system.getState() == Bundle.STOPPING;
    }

    private void load(RegistryConfig config, BundleContext context) {
        try {
            Path etc = etc(config, context);
            Registry r = new Registry(new ProtocolCompiler(), etc, new AcceptedCopies(accepted(config, context)),
                    new Reports(config.reportHoldMillis()));
            BundleTracker<Long> t = new BundleTracker<>(context, Bundle.ACTIVE, new BundleProtocols(r, () -> hostStopping(context)));
            r.beginBatch();
            t.open();
            FolderWatch w = etc == null ? null : new FolderWatch(etc, listener(r));
            if (w != null) {
                w.scan();
                r.forgetVanished();
            }
            if (isStopped()) { // a command that ended at once: compiling now would only delay the host's stop
                close(t, w, r);
                loaded.completeExceptionally(new IllegalStateException("stopped"));
                return;
            }
            r.endBatch();
            synchronized (this) {
                if (stopped) {
                    close(t, w, r);
                    return;
                }
                registry = r;
                tracker = t;
                watch = w;
                if (w != null) {
                    w.start(config.pollMillis());
                }
            }
            loaded.complete(r);
        } catch (RuntimeException | LinkageError e) {
            // The bundle context (or, past the wait in deactivate, its class loader) may have gone with a
            // host stopping during the load.
            loaded.completeExceptionally(e);
        }
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    private static FolderWatch.Listener listener(Registry registry) {
        return new FolderWatch.Listener() {
            @Override
            public void changed(Path file, boolean override, byte[] content) {
                registry.fileChanged(file, override, content);
            }

            @Override
            public void removed(Path file) {
                registry.fileRemoved(file);
            }

            @Override
            public void settled(boolean changes) {
                registry.settle();
            }
        };
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            stopped = true;
        }
        // The load runs this bundle's classes: it must end while the bundle's wiring is still valid, or
        // its next class load fails (seen as a NoClassDefFoundError trace when a command ended at once).
        try {
            loader.join(LOAD_STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (registry != null) {
                close(tracker, watch, registry);
                registry = null;
            }
        }
    }

    private static void close(BundleTracker<Long> tracker, FolderWatch watch, Registry registry) {
        if (watch != null) {
            watch.close();
        }
        try {
            tracker.close();
        } catch (IllegalStateException e) {
            // the bundle has stopped meanwhile: nothing is tracked any more
        }
        registry.close();
    }

    /** The registry once the first load is done. */
    private Registry registry() {
        try {
            return loaded.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the protocols could not be loaded: " + e.getCause(), e.getCause());
        }
    }

    private Path etc(RegistryConfig config, BundleContext context) {
        if (!config.etcDir().isBlank()) {
            return Path.of(config.etcDir().strip()).toAbsolutePath();
        }
        if (host != null) {
            return host.etcDir().toAbsolutePath();
        }
        String property = context.getProperty(ETC_PROPERTY);
        return property == null || property.isBlank() ? null : Path.of(property.strip()).toAbsolutePath();
    }

    private Path accepted(RegistryConfig config, BundleContext context) {
        if (!config.acceptedDir().isBlank()) {
            return Path.of(config.acceptedDir().strip());
        }
        Path home = host != null ? host.home() : null;
        if (home == null) {
            String property = context.getProperty(HOME_PROPERTY);
            home = property == null || property.isBlank() ? null : Path.of(property.strip());
        }
        return home == null ? null : home.resolve("protocols").resolve("accepted");
    }

    @Override
    public List<ProtocolInfo> protocols() {
        return registry().protocols();
    }

    @Override
    public Optional<ProtocolInfo> protocol(String id) {
        return registry().protocol(id);
    }

    @Override
    public String effective(String id) throws ProtocolException {
        return registry().effective(id);
    }

    @Override
    public List<Problem> validate(List<Path> files) {
        return registry().validate(files);
    }

    @Override
    public Optional<InstalledProtocol> installed(String id) {
        return registry().installed(id);
    }
}
