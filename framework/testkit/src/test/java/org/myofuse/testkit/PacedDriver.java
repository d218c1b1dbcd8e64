package org.myofuse.testkit;

import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.Transport;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;

/**
 * A driver for the kit's own tests: one channel declared at {@link #RATE_HZ}, paced by a generator
 * thread that publishes a block of {@link #BLOCK_FRAMES} index positions every {@value #BLOCK_MILLIS}
 * ms, so the index advances at exactly the declared rate. Honest, the blocks carry samples; faulty,
 * every block after the first is a gap record of the same length: the device looks as if it streams
 * and its index keeps time, but it delivers nothing more.
 */
final class PacedDriver implements DeviceDriver<PacedDriver.Config> {

    static final double RATE_HZ = 250;
    static final int BLOCK_FRAMES = 5;
    static final long BLOCK_MILLIS = 20;

    /** The settings; its metatype is in src/test/resources (bnd processes main classes only). */
    @interface Config {
        /** Peak of the sine it sends, in N. */
        double amplitude() default 0.5;
    }

    /** Its type id; the metatype designates the factory PID {@code org.myofuse.device.paced}. */
    static final String TYPE_ID = "paced";

    private final boolean onlyGaps;

    /** @param onlyGaps after the first block, publish gap records instead of samples */
    PacedDriver(boolean onlyGaps) {
        this.onlyGaps = onlyGaps;
    }

    @Override
    public DeviceType type() {
        return new DeviceType(TYPE_ID, onlyGaps ? "Gap-only device" : "Paced device", "Myofuse tests",
                Transport.SIMULATED, false);
    }

    @Override
    public Class<Config> configurationType() {
        return Config.class;
    }

    @Override
    public DeviceConnection connect(DeviceContext<Config> context) {
        var channel = new ChannelDescriptor("level", "N", RATE_HZ, "test", -1, 1, 0.001);
        var descriptor = new DeviceDescriptor(TYPE_ID, "Myofuse tests", "paced", "1", "p-1", List.of(channel), null);
        return new Connection(descriptor, context.openStream(descriptor, BLOCK_FRAMES), context.clock(),
                (float) context.configuration().amplitude());
    }

    private final class Connection implements DeviceConnection {

        private final DeviceDescriptor descriptor;
        private final SamplePublisher publisher;
        private final SessionClock clock;
        private final float amplitude;
        private volatile boolean running;
        private Thread generator;

        Connection(DeviceDescriptor descriptor, SamplePublisher publisher, SessionClock clock, float amplitude) {
            this.descriptor = descriptor;
            this.amplitude = amplitude;
            this.publisher = publisher;
            this.clock = clock;
        }

        @Override
        public DeviceDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public void start() {
            running = true;
            generator = new Thread(this::generate, "paced-generator");
            generator.setDaemon(true);
            generator.start();
        }

        private void generate() {
            long index = 0;
            long next = clock.nanos();
            while (running) {
                long now = clock.nanos();
                if (onlyGaps && index > 0) {
                    publisher.publishGap(index, BLOCK_FRAMES, GapCause.STALL, now);
                } else {
                    for (int f = 0; f < BLOCK_FRAMES; f++) {
                        publisher.block().samples()[f] = amplitude * (float) Math.sin((index + f) / 25.0);
                    }
                    publisher.block().setSamples(index, BLOCK_FRAMES, now, 0);
                    publisher.publish();
                }
                index += BLOCK_FRAMES;
                next += BLOCK_MILLIS * 1_000_000L;
                LockSupport.parkNanos(Math.max(0, next - clock.nanos()));
            }
        }

        @Override
        public void stop() {
            running = false;
            Thread g = generator;
            if (g != null) {
                try {
                    g.join(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void close() {
            stop();
        }
    }
}
