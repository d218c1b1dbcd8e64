package org.myofuse.api.device;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard listener for device state changes: register as an OSGi service.
 *
 * <p>Called from the device manager's event thread, one event at a time, in order; never from a
 * driver thread. Must return quickly. An exception is logged and the listener keeps receiving.
 */
@ConsumerType
@FunctionalInterface
public interface DeviceStatusListener {

    void deviceStatusChanged(DeviceStatusEvent event);
}
