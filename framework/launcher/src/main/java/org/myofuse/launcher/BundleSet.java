package org.myofuse.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * The platform bundles of bundle/: installed in place at every start, started by start level (the
 * platform at 1, the command bundles at 2), each level checked before the next is entered.
 */
final class BundleSet {

    private BundleSet() {
    }

    /**
     * Installs the jars in place (no copy into the cache) and marks all but fragments for start at their
     * start level.
     *
     * @return the bundles to start, in install order
     */
    static List<Bundle> install(BundleContext system, List<Path> jars) throws LaunchFailure {
        List<Bundle> toStart = new ArrayList<>();
        for (Path jar : jars) {
            Bundle bundle;
            try {
                bundle = system.installBundle("reference:" + jar.toUri());
            } catch (BundleException | RuntimeException e) {
                throw new LaunchFailure("cannot install bundle/" + jar.getFileName() + ": " + OneLine.of(e), e);
            }
            if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel(jar, bundle));
            try {
                bundle.start();
            } catch (BundleException e) {
                throw new LaunchFailure("cannot start bundle/" + jar.getFileName() + ": " + OneLine.of(e), e);
            }
            toStart.add(bundle);
        }
        return toStart;
    }

    private static int startLevel(Path jar, Bundle bundle) throws LaunchFailure {
        String value = bundle.getHeaders("").get(FrameworkConfig.START_LEVEL_HEADER);
        if (value == null) {
            return 1;
        }
        try {
            int level = Integer.parseInt(value.strip());
            if (level >= FrameworkConfig.PLATFORM_START_LEVEL && level <= FrameworkConfig.COMMAND_START_LEVEL) {
                return level;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new LaunchFailure("bundle/" + jar.getFileName() + ": " + FrameworkConfig.START_LEVEL_HEADER + " '" + value
                + "' must be " + FrameworkConfig.PLATFORM_START_LEVEL + " or " + FrameworkConfig.COMMAND_START_LEVEL);
    }

    /**
     * Raises the framework's start level and waits until every bundle of that level has been started,
     * or the framework is being stopped (a signal during boot).
     */
    static void raiseStartLevel(Framework fw, int level, long timeoutMillis) throws LaunchFailure {
        var done = new CountDownLatch(1);
        fw.adapt(FrameworkStartLevel.class).setStartLevel(level, event -> done.countDown());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            while (!done.await(50, TimeUnit.MILLISECONDS) && isRunning(fw)) {
                if (System.nanoTime() - deadline > 0) {
                    throw new LaunchFailure("the framework did not reach start level " + level + " within "
                            + timeoutMillis / 1000 + " s");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while starting");
        }
    }

    static boolean isRunning(Framework fw) {
        return fw.getState() == Bundle.ACTIVE || fw.getState() == Bundle.STARTING;
    }

    /**
     * Every bundle of this start level must be active; the first that is not is named with the
     * framework's reason. Checked per level, so that the commands never start on a broken platform.
     */
    static void requireActive(Framework fw, List<Bundle> bundles, int level) throws LaunchFailure {
        for (Bundle bundle : bundles) {
            if (!isRunning(fw)) {
                return; // stopped on purpose while booting: bundles stopping is no failure
            }
            if (bundle.getState() == Bundle.ACTIVE || bundle.adapt(BundleStartLevel.class).getStartLevel() != level) {
                continue;
            }
            String reason = "state " + bundle.getState();
            try {
                bundle.start(); // throws again with the reason (unresolved requirement, activator error)
                if (bundle.getState() == Bundle.ACTIVE) {
                    continue;
                }
            } catch (BundleException | RuntimeException e) {
                reason = OneLine.of(e);
            }
            throw new LaunchFailure("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion()
                    + " did not start: " + reason);
        }
    }
}
