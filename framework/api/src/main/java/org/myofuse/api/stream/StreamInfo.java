package org.myofuse.api.stream;

import java.util.Objects;

import org.myofuse.api.device.DeviceDescriptor;

/**
 * One device stream on the bus, from the moment its driver opened it until it closed.
 *
 * @param streamId          unique within a host session, assigned by the bus (0, 1, 2, ...); never reused
 * @param deviceId          the configured device's id (its configuration PID)
 * @param descriptor        the device and its channels, as identified when the stream opened
 * @param maxFramesPerBlock the largest number of frames the driver puts in one block
 * @param openedNanos       session time when the stream opened
 */
public record StreamInfo(int streamId, String deviceId, DeviceDescriptor descriptor, int maxFramesPerBlock,
        long openedNanos) {

    public StreamInfo {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(descriptor, "descriptor");
        if (maxFramesPerBlock < 1) {
            throw new IllegalArgumentException("maxFramesPerBlock must be at least 1, was " + maxFramesPerBlock);
        }
    }

    /** Number of channels in every frame of this stream. */
    public int channels() {
        return descriptor.channels().size();
    }

    /** Nominal frame rate of the stream in hertz (the rate of its first channel). */
    public double sampleRateHz() {
        return descriptor.channels().get(0).sampleRateHz();
    }
}
