package org.myofuse.api.device;

import java.util.Objects;

/**
 * One channel of a device stream.
 *
 * @param name         unique within the device, e.g. {@code L_multifidus}, {@code Fz}, {@code r12c07}
 * @param unit         the unit of the values on the bus: {@code uV}, {@code N}, {@code kPa}, {@code g}, ...
 * @param sampleRateHz nominal sampling rate in hertz
 * @param site         body site or role, e.g. "left lumbar multifidus (L5)", "tool normal force"; may be empty
 * @param min          lowest value the device can report, in {@code unit}
 * @param max          highest value the device can report, in {@code unit}
 * @param resolution   smallest step between two values, in {@code unit} (quantisation of the ADC after scaling)
 */
public record ChannelDescriptor(String name, String unit, double sampleRateHz, String site, double min, double max,
        double resolution) {

    public ChannelDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(site, "site");
        if (name.isBlank()) {
            throw new IllegalArgumentException("channel name must not be blank");
        }
        if (!(sampleRateHz > 0) || Double.isInfinite(sampleRateHz)) {
            throw new IllegalArgumentException("channel " + name + ": sample rate must be positive, was " + sampleRateHz);
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("channel " + name + ": range max " + max + " must exceed min " + min);
        }
        if (!(resolution > 0)) {
            throw new IllegalArgumentException("channel " + name + ": resolution must be positive, was " + resolution);
        }
    }
}
