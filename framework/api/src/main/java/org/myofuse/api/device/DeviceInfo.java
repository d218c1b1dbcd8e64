package org.myofuse.api.device;

import java.util.Objects;

/**
 * A snapshot of one configured device and its stream counters.
 *
 * @param deviceId      the configured device's id (its ConfigAdmin PID)
 * @param name          display name
 * @param typeId        device type id
 * @param port          port path or address, "" if none
 * @param state         current state
 * @param reason        the reason given with the last state change ("" if none)
 * @param descriptor    the identified device, or {@code null} before the first successful connect
 * @param samples       frames published since the device was configured
 * @param gaps          gap records published
 * @param gapSamples    samples missing in those gaps
 * @param droppedBlocks blocks of this device's stream dropped by slow consumers, summed over consumers
 */
public record DeviceInfo(String deviceId, String name, String typeId, String port, DeviceState state, String reason,
        DeviceDescriptor descriptor, long samples, long gaps, long gapSamples, long droppedBlocks) {

    public DeviceInfo {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The name in a configured device's id, as the therapist gave it: the id is the factory
     * configuration's PID, {@code <factory PID>~<name>} ({@code org.myofuse.device.sim_emg~left} is
     * {@code left}). Stored streams, summaries and events carry the id; what people read shows this.
     * An id without '~' is returned whole.
     */
    public static String configuredName(String deviceId) {
        return deviceId.substring(deviceId.lastIndexOf('~') + 1);
    }
}
