package org.myofuse.runtime.device;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.InstalledDeviceType;
import org.myofuse.runtime.config.ConfigurationSchema;

/** An accepted driver, its bundle, the declaration of its settings, and the watch on its configurations. */
final class DriverEntry {

    final DeviceDriver<?> driver;
    final DeviceType type;
    final String bundle;
    final String bundleVersion;
    final ConfigurationSchema schema;
    /** Set once watching started; guarded by the manager's lock. */
    DeviceConfigurations.Registration registration;

    DriverEntry(DeviceDriver<?> driver, DeviceType type, String bundle, String bundleVersion, ConfigurationSchema schema) {
        this.driver = driver;
        this.type = type;
        this.bundle = bundle;
        this.bundleVersion = bundleVersion;
        this.schema = schema;
    }

    InstalledDeviceType installed() {
        return new InstalledDeviceType(type, bundle, bundleVersion);
    }

    @Override
    public String toString() {
        return type.id() + " (bundle " + bundle + " " + bundleVersion + ")";
    }
}
