package org.myofuse.api.device;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a driver bundle offers: one device type.
 *
 * @param id          unique type id, lowercase letters, digits and dashes (e.g. {@code sim-emg}, {@code openbci-cyton});
 *                    it names the device type in CLI device specs and keys the driver whiteboard
 * @param displayName human-readable name (e.g. "Simulated EMG amplifier")
 * @param vendor      who makes the device (or "Myofuse" for simulators)
 * @param transport   how the host reaches it
 * @param needsPort   true if a configured device of this type must name a port
 */
public record DeviceType(String id, String displayName, String vendor, Transport transport, boolean needsPort) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public DeviceType {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("device type id '" + id + "' must be lowercase letters, digits and dashes");
        }
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(transport, "transport");
    }

    /**
     * The ConfigAdmin factory PID under which devices of this type are configured:
     * {@code org.myofuse.device.} followed by the id with dashes turned into underscores
     * ({@code sim-emg} gives {@code org.myofuse.device.sim_emg}). Dashes are avoided because a
     * configuration file in {@code etc/} is named {@code <factory PID>-<device name>.cfg} and the
     * first dash separates the two.
     */
    public String factoryPid() {
        return factoryPidOf(id);
    }

    /** The factory PID for a type id; see {@link #factoryPid()}. */
    public static String factoryPidOf(String typeId) {
        return DeviceDriver.FACTORY_PID_PREFIX + typeId.replace('-', '_');
    }
}
