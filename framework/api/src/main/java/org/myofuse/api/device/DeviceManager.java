package org.myofuse.api.device;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The host's device manager, provided by the runtime as an OSGi service: tracks installed drivers,
 * turns each ConfigAdmin factory configuration into one connected device, and keeps its counters.
 * Devices can also be configured by dropping a {@code org.myofuse.device.<type id, dashes as underscores>-<name>.cfg} file (e.g.
 * {@code org.myofuse.device.openbci_cyton-left.cfg}) into
 * the installation's {@code etc/} folder.
 *
 * <p>Thread-safe. {@link #addDevice} and {@link #removeDevice} return once the configuration is
 * written; connecting happens asynchronously and is reported through {@link DeviceStatusListener}s.
 */
@ProviderType
public interface DeviceManager {

    /** Installed device types, sorted by id. */
    List<InstalledDeviceType> installedTypes();

    /**
     * The settings of an installed device type, in the order its driver declares them, without the two
     * the host reserves ({@code port}, {@code name}).
     *
     * @throws DeviceException if no driver of that type is installed; one line naming the type
     */
    List<SettingDescription> settings(String typeId) throws DeviceException;

    /** Configured devices, sorted by name. */
    List<DeviceInfo> devices();

    /** One configured device. */
    Optional<DeviceInfo> device(String deviceId);

    /**
     * Checks a device request exactly as {@link #addDevice} does, without configuring anything: the type
     * is installed, the name is well formed and not taken, every setting is declared, parses and lies
     * in its range or options, and the driver's {@code validate} accepts the combination. A caller that
     * must not act on a request the host would refuse (e.g. {@code myofuse run}, before it begins a
     * recording session) checks first; a checked request is still refused by {@link #addDevice} if
     * something changed in between (the driver went away, another device took the name, the
     * configuration could not be stored).
     *
     * @throws DeviceException as {@link #addDevice} would: one line naming the item and the reason
     * @since 1.3
     */
    void check(DeviceRequest request) throws DeviceException;

    /**
     * Configures a device.
     *
     * @return the new device's id
     * @throws DeviceException if the type is not installed, a required port is missing, or a setting is
     *                         unknown or invalid; the message names the item and the reason in one line
     */
    String addDevice(DeviceRequest request) throws DeviceException;

    /**
     * Removes a device's configuration: its connection is closed and its stream ends with the reason
     * "device removed". Returns false if no such device is configured.
     */
    default boolean removeDevice(String deviceId) {
        return removeDevice(deviceId, "device removed");
    }

    /**
     * Removes a device's configuration: its connection is closed and its stream ends with
     * {@code reason} (one line, e.g. "run ended"). Returns false if no such device is configured.
     */
    boolean removeDevice(String deviceId, String reason);
}
