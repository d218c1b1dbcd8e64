package org.myofuse.store.testing;

import java.lang.reflect.Proxy;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.simulator.core.FrameSignal;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.emg.SimEmgConfig;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.iastm.SimIastmConfig;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.SimMatConfig;

/**
 * The simulators' signal generators and descriptors with their default settings, so tests record the
 * data shapes the real simulated devices publish (8 EMG channels at 2 kHz, 3 force channels at 1 kHz,
 * a 32 x 32 mat at 100 Hz) without running their drivers' real-time pacing.
 */
public final class Simulated {

    /** A generator with its descriptor and the block size its driver publishes. */
    public record Device(String deviceId, DeviceDescriptor descriptor, FrameSignal signal, int blockFrames) {

        /** Fills and publishes one block of frames starting at {@code index}; returns the next index. */
        public long publish(SamplePublisher publisher, long index, SessionClock clock) {
            var block = publisher.block();
            int quality = signal.fill(block.samples(), index, blockFrames);
            block.setSamples(index, blockFrames, clock.nanos(), quality);
            publisher.publish();
            return index + blockFrames;
        }
    }

    private Simulated() {
    }

    public static Device emg(String deviceId, long seed) {
        var config = Annotations.defaults(SimEmgConfig.class, "seed", seed);
        var signal = new EmgSignal(EmgSettings.of(config));
        return new Device(deviceId, descriptor("sim-emg", EmgSignal.CHANNELS, null), signal, 20);
    }

    public static Device force(String deviceId) {
        var signal = new IastmSignal(IastmSettings.of(Annotations.defaults(SimIastmConfig.class)));
        return new Device(deviceId, descriptor("sim-iastm", IastmSignal.CHANNELS, null), signal, 10);
    }

    public static Device mat(String deviceId) {
        var signal = new MatSignal(MatSettings.of(Annotations.defaults(SimMatConfig.class)));
        return new Device(deviceId, descriptor("sim-mat", MatSignal.CHANNELS, signal.grid()), signal, 1);
    }

    private static DeviceDescriptor descriptor(String type, List<ChannelDescriptor> channels, GridLayout grid) {
        return new DeviceDescriptor(type, "Myofuse", type + " simulator", "1.0", "SIM-1", channels, grid);
    }

    /** Annotation instances with their declared defaults, optionally overriding one element. */
    static final class Annotations {
        private Annotations() {
        }

        static <A> A defaults(Class<A> type) {
            return defaults(type, null, null);
        }

        static <A> A defaults(Class<A> type, String element, Object value) {
            Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (p, method, args) -> {
                if (method.getName().equals(element)) {
                    return value;
                }
                if (method.getName().equals("annotationType")) {
                    return type;
                }
                Object d = method.getDefaultValue();
                if (d == null) {
                    throw new IllegalStateException(type.getSimpleName() + "." + method.getName() + " has no default");
                }
                return d;
            });
            return type.cast(proxy);
        }
    }
}
