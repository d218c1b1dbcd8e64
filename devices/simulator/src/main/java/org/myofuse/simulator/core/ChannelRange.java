package org.myofuse.simulator.core;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.stream.Quality;

/**
 * What an ADC does to a value: limits it to the channel's range and rounds it to the channel's
 * resolution, so simulated samples look like the descriptor says they do.
 */
public final class ChannelRange {

    private final double min;
    private final double max;
    private final double resolution;
    private final double steps;

    public ChannelRange(double min, double max, double resolution) {
        if (!(max > min) || !(resolution > 0)) {
            throw new IllegalArgumentException("channel range " + min + ".." + max + " step " + resolution
                    + " is not a valid range");
        }
        this.min = min;
        this.max = max;
        this.resolution = resolution;
        this.steps = 1 / resolution;
    }

    /** The range a channel descriptor declares. */
    public static ChannelRange of(ChannelDescriptor channel) {
        return new ChannelRange(channel.min(), channel.max(), channel.resolution());
    }

    /** The value as the ADC would report it: limited to the range, rounded to the resolution. */
    public float sample(double value) {
        double limited = value < min ? min : (value > max ? max : value);
        return (float) (Math.rint(limited * steps) * resolution);
    }

    /** {@link Quality#CLIPPED} if the value lies outside the range, else 0. */
    public int quality(double value) {
        return value < min || value > max ? Quality.CLIPPED : 0;
    }
}
