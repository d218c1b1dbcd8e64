package org.myofuse.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.InstalledDeviceType;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceListener;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * "Ready" means: every installed bundle is active (fragments resolved) and the device manager lists
 * as many device types from each bundle as that bundle has enabled DS components providing
 * {@link DeviceDriver}. Waiting wakes on bundle and driver service events, and re-checks every
 * {@link #RECHECK_MILLIS} because the manager takes a driver in on its own schedule.
 */
final class Readiness {

    /** The outcome of a wait. */
    record Result(boolean ready, long atNanos, int bundles, int deviceTypes, List<String> missing) {
    }

    static final long RECHECK_MILLIS = 10;

    private final BundleContext context;
    private final DeviceManager devices;
    private final ServiceComponentRuntime scr;

    Readiness(BundleContext context, DeviceManager devices, ServiceComponentRuntime scr) {
        this.context = context;
        this.devices = devices;
        this.scr = scr;
    }

    /** Waits until ready, {@code timeoutMillis} have passed, or {@code cancelled} says so (checked on every wake-up). */
    Result await(long timeoutMillis, java.util.function.BooleanSupplier cancelled) {
        Thread waiter = Thread.currentThread();
        BundleListener bundleListener = event -> LockSupport.unpark(waiter);
        ServiceListener serviceListener = event -> LockSupport.unpark(waiter);
        context.addBundleListener(bundleListener);
        try {
            context.addServiceListener(serviceListener,
                    "(" + Constants.OBJECTCLASS + "=" + DeviceDriver.class.getName() + ")");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (true) {
                List<String> missing = missing();
                long now = System.nanoTime();
                if (missing.isEmpty() || now - deadline >= 0 || cancelled.getAsBoolean()) {
                    return new Result(missing.isEmpty(), now, context.getBundles().length,
                            devices.installedTypes().size(), missing);
                }
                LockSupport.parkNanos(Math.min(deadline - now, TimeUnit.MILLISECONDS.toNanos(RECHECK_MILLIS)));
            }
        } finally {
            context.removeServiceListener(serviceListener);
            context.removeBundleListener(bundleListener);
        }
    }

    /** What keeps the host from being ready, one line per item; empty when ready. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (!isUp(b)) {
                missing.add("bundle " + b.getSymbolicName() + " is " + stateName(b.getState()));
            }
        }
        Map<String, Integer> registered = new HashMap<>();
        for (InstalledDeviceType t : devices.installedTypes()) {
            registered.merge(t.bundle(), 1, Integer::sum);
        }
        expectedDrivers().forEach((bundle, expected) -> {
            int actual = registered.getOrDefault(bundle, 0);
            if (actual < expected) {
                missing.add("bundle " + bundle + " has " + expected + " device driver component(s), the device manager knows "
                        + actual);
            }
        });
        return missing;
    }

    /** Enabled DS components that provide a device driver, counted per bundle symbolic name. */
    private Map<String, Integer> expectedDrivers() {
        Map<String, Integer> expected = new HashMap<>();
        for (ComponentDescriptionDTO c : scr.getComponentDescriptionDTOs()) {
            if (c.defaultEnabled && !"require".equals(c.configurationPolicy) && c.factory == null
                    && List.of(c.serviceInterfaces).contains(DeviceDriver.class.getName())) {
                Bundle b = context.getBundle(c.bundle.id);
                if (b != null && b.getState() == Bundle.ACTIVE) {
                    expected.merge(b.getSymbolicName(), 1, Integer::sum);
                }
            }
        }
        return expected;
    }

    private static boolean isUp(Bundle b) {
        if (b.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
            return b.getState() == Bundle.RESOLVED;
        }
        if (b.getState() == Bundle.STARTING) {
            // A lazily activated bundle waits in STARTING for its first class load: that is up.
            String policy = b.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY);
            return policy != null && policy.strip().startsWith(Constants.ACTIVATION_LAZY);
        }
        return b.getState() == Bundle.ACTIVE;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed but not resolved";
            case Bundle.RESOLVED -> "resolved but not started";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.UNINSTALLED -> "uninstalled";
            default -> "in state " + state;
        };
    }
}
