package org.myofuse.runtime.osgi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceStatusListener;
import org.myofuse.api.device.InstalledDeviceType;
import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.runtime.device.DeviceManagerCore;
import org.myofuse.runtime.device.Timing;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The device manager as an OSGi service: hands {@link DeviceDriver} and {@link DeviceStatusListener}
 * services (whiteboards) to a {@link DeviceManagerCore}, which does the work.
 */
@Component(service = DeviceManager.class, immediate = true)
public final class DeviceManagerComponent implements DeviceManager {

    private final DeviceManagerCore core;
    /** Every bound driver in binding order, accepted or not; guarded by itself. */
    private final List<Bound> bound = new ArrayList<>();

    /** A driver service as bound; {@code accepted} is false for an ignored duplicate. */
    private static final class Bound {
        final DeviceDriver<?> driver;
        final Object typeProperty;
        final Bundle bundle;
        boolean accepted;

        Bound(DeviceDriver<?> driver, Object typeProperty, Bundle bundle) {
            this.driver = driver;
            this.typeProperty = typeProperty;
            this.bundle = bundle;
        }
    }

    @Activate
    public DeviceManagerComponent(BundleContext context, @Reference(name = "bus") StreamBus bus,
            @Reference(name = "clock") SessionClock clock,
            @Reference(name = "configurationAdmin") ConfigurationAdmin configurationAdmin) {
        this.core = new DeviceManagerCore(bus, clock, new ConfigAdminDeviceConfigurations(context, configurationAdmin),
                Timing.DEFAULT);
    }

    @Deactivate
    void deactivate() {
        core.close();
    }

    @Reference(service = DeviceDriver.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDriver(DeviceDriver<?> driver, ServiceReference<?> reference) {
        var candidate = new Bound(driver, reference.getProperty(DeviceDriver.TYPE_PROPERTY), reference.getBundle());
        synchronized (bound) {
            bound.add(candidate);
        }
        offer(candidate);
    }

    void removeDriver(DeviceDriver<?> driver) {
        Bound gone = null;
        List<Bound> waiting = new ArrayList<>();
        synchronized (bound) {
            for (Bound b : bound) {
                if (b.driver == driver) {
                    gone = b;
                }
            }
            if (gone == null) {
                return;
            }
            bound.remove(gone);
            for (Bound b : bound) {
                if (!b.accepted && Objects.equals(b.typeProperty, gone.typeProperty)) {
                    waiting.add(b);
                }
            }
        }
        if (!gone.accepted) {
            return;
        }
        core.removeDriver(driver, "driver " + typeIdOf(driver) + " went away (" + why(gone.bundle) + ")");
        // A driver for the same type that was ignored as a duplicate takes over.
        for (Bound next : waiting) {
            if (offer(next)) {
                break;
            }
        }
    }

    private boolean offer(Bound candidate) {
        String name = candidate.bundle == null ? "unknown" : candidate.bundle.getSymbolicName();
        String version = candidate.bundle == null ? "0.0.0" : candidate.bundle.getVersion().toString();
        boolean accepted = core.addDriver(candidate.driver, candidate.typeProperty, name, version);
        synchronized (bound) {
            candidate.accepted = accepted;
        }
        return accepted;
    }

    private static String typeIdOf(DeviceDriver<?> driver) {
        try {
            return driver.type().id();
        } catch (RuntimeException e) {
            return driver.getClass().getName();
        }
    }

    private static String why(Bundle bundle) {
        if (bundle == null) {
            return "its service was unregistered";
        }
        String name = "bundle " + bundle.getSymbolicName();
        return switch (bundle.getState()) {
            case Bundle.UNINSTALLED -> name + " uninstalled";
            case Bundle.STOPPING, Bundle.RESOLVED, Bundle.INSTALLED -> name + " stopped";
            default -> name + " unregistered its driver";
        };
    }

    @Reference(service = DeviceStatusListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addStatusListener(DeviceStatusListener listener) {
        core.addStatusListener(listener);
    }

    void removeStatusListener(DeviceStatusListener listener) {
        core.removeStatusListener(listener);
    }

    @Override
    public List<InstalledDeviceType> installedTypes() {
        return core.installedTypes();
    }

    @Override
    public List<SettingDescription> settings(String typeId) throws DeviceException {
        return core.settings(typeId);
    }

    @Override
    public List<DeviceInfo> devices() {
        return core.devices();
    }

    @Override
    public Optional<DeviceInfo> device(String deviceId) {
        return core.device(deviceId);
    }

    @Override
    public void check(DeviceRequest request) throws DeviceException {
        core.check(request);
    }

    @Override
    public String addDevice(DeviceRequest request) throws DeviceException {
        return core.addDevice(request);
    }

    @Override
    public boolean removeDevice(String deviceId, String reason) {
        return core.removeDevice(deviceId, reason);
    }
}
