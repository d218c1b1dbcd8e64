package org.myofuse.api.device;

import java.util.Objects;

/**
 * A change of a configured device's state.
 *
 * @param deviceId     the configured device's id
 * @param typeId       its device type
 * @param state        the new state
 * @param sessionNanos when, on the session clock
 * @param reason       one line saying why (never null; empty when there is nothing to say)
 */
public record DeviceStatusEvent(String deviceId, String typeId, DeviceState state, long sessionNanos, String reason) {

    public DeviceStatusEvent {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }
}
