package org.myofuse.api.console;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.myofuse.api.device.DeviceRequest;

/**
 * What a console is opened with.
 *
 * @param devices     the devices to add for the session, in order; empty for the default: the devices
 *                    configured in the installation's etc/, else the three simulators
 * @param patientId   a registered patient's code, "" for none
 * @param therapistId a registered therapist's code, "" for none
 * @param screenshot  a PNG of the running console to write, then close; empty to run until closed
 */
public record ConsoleRequest(List<DeviceRequest> devices, String patientId, String therapistId,
        Optional<Screenshot> screenshot) {

    /**
     * A screenshot to take of the whole window.
     *
     * @param file  the PNG file to write (replaced if it exists; its folder must exist)
     * @param after how long after the window is shown; positive
     */
    public record Screenshot(Path file, Duration after) {
        public Screenshot {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(after, "after");
            if (after.isNegative() || after.isZero()) {
                throw new IllegalArgumentException("a screenshot's delay must be positive, was " + after);
            }
        }
    }

    public ConsoleRequest {
        devices = List.copyOf(devices);
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(therapistId, "therapistId");
        Objects.requireNonNull(screenshot, "screenshot");
    }
}
