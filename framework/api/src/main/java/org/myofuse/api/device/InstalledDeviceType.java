package org.myofuse.api.device;

import java.util.Objects;

/**
 * A device type whose driver is installed, with the bundle that provides it.
 *
 * @param type          the type
 * @param bundle        symbolic name of the driver's bundle
 * @param bundleVersion version of the driver's bundle
 */
public record InstalledDeviceType(DeviceType type, String bundle, String bundleVersion) {

    public InstalledDeviceType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(bundleVersion, "bundleVersion");
    }
}
