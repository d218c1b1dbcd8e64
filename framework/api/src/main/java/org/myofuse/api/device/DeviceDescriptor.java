package org.myofuse.api.device;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a connected device is, as identified by its driver.
 *
 * @param typeId       the driver's {@link DeviceType#id()}
 * @param vendor       manufacturer
 * @param model        model name
 * @param firmware     firmware version as the device reports it, or "unknown"
 * @param serialNumber serial number as the device reports it, or "unknown"
 * @param channels     the channels of each frame, in frame order; at least one, names unique, all at
 *                     the same frame rate
 * @param grid         the cell geometry for matrix sensors, or {@code null}
 */
public record DeviceDescriptor(String typeId, String vendor, String model, String firmware, String serialNumber,
        List<ChannelDescriptor> channels, GridLayout grid) {

    public DeviceDescriptor {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(serialNumber, "serialNumber");
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("device " + typeId + " must declare at least one channel");
        }
        var names = new HashSet<String>();
        double rate = channels.get(0).sampleRateHz();
        for (ChannelDescriptor c : channels) {
            if (c.sampleRateHz() != rate) {
                throw new IllegalArgumentException("device " + typeId + ": channel " + c.name() + " at "
                        + c.sampleRateHz() + " Hz, but every channel of a frame shares the frame rate ("
                        + channels.get(0).name() + " at " + rate + " Hz)");
            }
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("device " + typeId + " declares channel " + c.name() + " twice");
            }
        }
        if (grid != null && grid.cells() != channels.size()) {
            throw new IllegalArgumentException("device " + typeId + ": grid " + grid.rows() + "x" + grid.columns()
                    + " does not match " + channels.size() + " channels");
        }
    }

    /** The matrix geometry, if this is a matrix sensor. */
    public Optional<GridLayout> gridLayout() {
        return Optional.ofNullable(grid);
    }

    /** Index of the channel with this name, or -1. */
    public int channelIndex(String name) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
