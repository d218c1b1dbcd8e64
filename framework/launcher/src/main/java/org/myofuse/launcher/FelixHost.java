package org.myofuse.launcher;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.myofuse.api.host.CommandInvocation;
import org.myofuse.api.host.HostEnvironment;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * One embedded Felix: boots it with the installation's bundle set, hands the command line to the
 * bundles through the {@link CommandInvocation} service (and the host's folders through
 * {@link HostEnvironment}), and stops it when the command exits, the framework stops by itself (shell
 * exit), or the process gets SIGTERM/SIGINT.
 */
final class FelixHost {

    /** Bound on a clean stop: drivers close within 2 s, a run needs a moment for its summary. */
    static final long STOP_TIMEOUT_MILLIS = 10_000;

    /** How long the bundles get to pick up the command line before the launcher gives up. */
    static final long CLAIM_TIMEOUT_MILLIS = 10_000;

    private final Installation installation;
    private final FrameworkStorage storage;
    private final HostLaunchContext context;
    private final FelixLog log;
    private final CompletableFuture<Void> claimed = new CompletableFuture<>();
    private final Object stopLock = new Object();
    private volatile Framework framework;
    private boolean stopped;
    private volatile boolean stopTimedOut;

    FelixHost(Installation installation, FrameworkStorage storage, HostLaunchContext context) {
        this.installation = installation;
        this.storage = storage;
        this.context = context;
        this.log = new FelixLog(context.err());
    }

    /** Boots, runs the command, stops; returns the exit code. */
    int run() throws LaunchFailure {
        Thread hook = new Thread(this::stopOnSignal, "myofuse-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        StopSignals.install(this::stopOnSignal);
        try {
            boot();
        } catch (LaunchFailure e) {
            log.discard();
            stop();
            removeHook(hook);
            throw e;
        }
        watchFrameworkStop();
        awaitClaim();
        int code = context.exitRequest().join();
        stop();
        removeHook(hook);
        return stopTimedOut ? CommandInvocation.EXIT_FAILURE : code;
    }

    private void boot() throws LaunchFailure {
        Map<String, Object> properties = new HashMap<>(
                FrameworkConfig.properties(storage.dir(), installation.watchedDirs()));
        properties.put("felix.log.logger", log);
        Framework fw = newFramework(properties);
        framework = fw;
        try {
            fw.init();
            registerContext(fw.getBundleContext());
            List<Bundle> started = BundleSet.install(fw.getBundleContext(), installation.platformBundles());
            fw.start();
            BundleSet.requireActive(fw, started, FrameworkConfig.PLATFORM_START_LEVEL);
            BundleSet.raiseStartLevel(fw, FrameworkConfig.COMMAND_START_LEVEL, STOP_TIMEOUT_MILLIS);
            BundleSet.requireActive(fw, started, FrameworkConfig.COMMAND_START_LEVEL);
        } catch (BundleException | RuntimeException e) {
            throw new LaunchFailure("cannot start the OSGi framework: " + OneLine.of(e), e);
        }
        log.release();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Framework newFramework(Map<String, Object> properties) throws LaunchFailure {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, FelixHost.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new LaunchFailure("no OSGi framework on the class path (lib/ lacks the Felix jar)"));
        // Felix takes objects (our logger) among its properties; the standard signature says String.
        return factory.newFramework((Map) properties);
    }

    private void registerContext(BundleContext system) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_DESCRIPTION, "The myofuse command line being run");
        system.registerService(CommandInvocation.class, new ServiceFactory<CommandInvocation>() {
            @Override
            public CommandInvocation getService(Bundle bundle, ServiceRegistration<CommandInvocation> registration) {
                claimed.complete(null);
                return context;
            }

            @Override
            public void ungetService(Bundle bundle, ServiceRegistration<CommandInvocation> registration,
                    CommandInvocation service) {
                // The invocation lives as long as the process.
            }
        }, props);
        Dictionary<String, Object> hostProps = new Hashtable<>();
        hostProps.put(Constants.SERVICE_DESCRIPTION, "The folders of this Myofuse host");
        system.registerService(HostEnvironment.class, context, hostProps);
    }

    /** The framework may stop by itself (the shell's exit, 'stop 0'): that ends the process with 0. */
    private void watchFrameworkStop() {
        Thread watcher = new Thread(() -> {
            try {
                framework.waitForStop(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            context.exit(CommandInvocation.EXIT_OK);
        }, "myofuse-framework-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void awaitClaim() {
        try {
            CompletableFuture.anyOf(claimed, context.exitRequest()).get(CLAIM_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            context.fail("no bundle took up the command within " + CLAIM_TIMEOUT_MILLIS / 1000
                    + " s (is the commands bundle in " + installation.bundleDir() + "?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Neither future completes exceptionally.
        }
    }

    /** Stops the framework (bounded) and releases the storage; the first caller does it, others wait. */
    void stop() {
        synchronized (stopLock) {
            if (stopped) {
                return;
            }
            stopped = true;
            Framework fw = framework;
            if (fw != null) {
                try {
                    fw.stop();
                    FrameworkEvent event = fw.waitForStop(STOP_TIMEOUT_MILLIS);
                    if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                        stopTimedOut = true;
                        context.err().println("myofuse: the framework did not stop within "
                                + STOP_TIMEOUT_MILLIS / 1000 + " s; exiting anyway");
                    }
                } catch (BundleException | RuntimeException e) {
                    context.err().println("myofuse: stopping the framework failed: " + OneLine.of(e));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            storage.close();
        }
    }

    /**
     * SIGTERM/SIGINT: stop cleanly (the command gets to wind down and report) and end the process with
     * the command's exit code, 0 unless it asked for another. Halting skips the normal exit status of a
     * signalled JVM (143/130), which would read as a failure after a clean stop.
     */
    private void stopOnSignal() {
        stop();
        context.out().flush();
        context.err().flush();
        int code = stopTimedOut ? CommandInvocation.EXIT_FAILURE
                : context.exitRequest().getNow(CommandInvocation.EXIT_OK);
        Runtime.getRuntime().halt(code);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running and will end the process.
        }
    }
}
