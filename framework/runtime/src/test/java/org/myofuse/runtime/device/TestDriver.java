package org.myofuse.runtime.device;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.Transport;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * A real driver for tests: each connection has its own reader thread publishing ramp samples through
 * the host's publisher, with switches to make it fail, pause, skip samples or hang.
 */
final class TestDriver implements DeviceDriver<TestDriver.Config> {

    /**
     * bnd processes main classes only: src/test/resources/OSGI-INF/metatype/org.myofuse.runtime.device.TestDriver$Config.xml
     * is what it generates from this declaration.
     */
    @ObjectClassDefinition(name = "Test device", factoryPid = "org.myofuse.device.test_dev")
    @interface Config {
        @AttributeDefinition(description = "channels per frame")
        int channels() default 2;

        @AttributeDefinition(min = "1", max = "1000")
        int framesPerBlock() default 10;

        int blockIntervalMillis() default 2;

        /** Stop after this many blocks; 0 = never. */
        int blocks() default 0;

        /** Every n-th block jumps ahead by one block's worth of samples; 0 = never. */
        int skipEvery() default 0;
    }

    private final DeviceType type;
    final AtomicInteger failNextConnects = new AtomicInteger();
    volatile RuntimeException connectBug;
    volatile boolean paused;
    volatile boolean hangOnClose;
    /** stop() lets the reader go on publishing this long before it ends it (a reader racing with stop). */
    volatile long lingerInStopMillis;
    final AtomicInteger connects = new AtomicInteger();
    final List<TestConnection> connections = new CopyOnWriteArrayList<>();

    TestDriver(String typeId, boolean needsPort) {
        this.type = new DeviceType(typeId, "Test device", "Myofuse", Transport.SIMULATED, needsPort);
    }

    @Override
    public DeviceType type() {
        return type;
    }

    @Override
    public Class<Config> configurationType() {
        return Config.class;
    }

    @Override
    public void validate(Config configuration) {
        if (configuration.channels() < 1 || configuration.channels() > 64) {
            throw new IllegalArgumentException("channels " + configuration.channels() + ": must be 1 to 64");
        }
    }

    @Override
    public DeviceConnection connect(DeviceContext<Config> context) throws DeviceException {
        connects.incrementAndGet();
        RuntimeException bug = connectBug;
        if (bug != null) {
            throw bug;
        }
        if (failNextConnects.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new DeviceException("port " + (context.port().isEmpty() ? "sim" : context.port()) + ": busy");
        }
        Config config = context.configuration();
        var channels = new java.util.ArrayList<ChannelDescriptor>();
        for (int c = 0; c < config.channels(); c++) {
            channels.add(new ChannelDescriptor("ch" + c, "uV", 1000, "", -100, 100, 0.01));
        }
        var descriptor = new DeviceDescriptor(type.id(), "Myofuse", "Test", "1.0", context.name(), channels, null);
        SamplePublisher publisher = context.openStream(descriptor, config.framesPerBlock());
        var connection = new TestConnection(context, descriptor, publisher, config);
        connections.add(connection);
        return connection;
    }

    TestConnection lastConnection() {
        return connections.get(connections.size() - 1);
    }

    final class TestConnection implements DeviceConnection {
        final DeviceContext<Config> context;
        private final DeviceDescriptor descriptor;
        private final SamplePublisher publisher;
        private final Config config;
        private volatile boolean running;
        private Thread reader;
        volatile boolean closed;
        volatile int published;
        volatile int publishedWhenStopWasCalled = -1;

        TestConnection(DeviceContext<Config> context, DeviceDescriptor descriptor, SamplePublisher publisher, Config config) {
            this.context = context;
            this.descriptor = descriptor;
            this.publisher = publisher;
            this.config = config;
        }

        @Override
        public DeviceDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public void start() {
            running = true;
            reader = new Thread(this::read, "test-driver-" + context.deviceId());
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            SampleBlock block = publisher.block();
            int frames = config.framesPerBlock();
            int channels = config.channels();
            long index = 0;
            for (int n = 1; running && (config.blocks() == 0 || n <= config.blocks()); n++) {
                while (paused && running) {
                    LockSupport.parkNanos(1_000_000);
                }
                if (config.skipEvery() > 0 && n % config.skipEvery() == 0) {
                    index += frames;
                }
                for (int i = 0; i < frames * channels; i++) {
                    block.samples()[i] = index + i / channels;
                }
                block.setSamples(index, frames, context.clock().nanos(), 0);
                publisher.publish();
                published = n;
                index += frames;
                LockSupport.parkNanos(config.blockIntervalMillis() * 1_000_000L);
            }
        }

        void report(DeviceState state, String reason) {
            context.reportStatus(state, reason);
        }

        @Override
        public void stop() {
            if (publishedWhenStopWasCalled < 0) {
                publishedWhenStopWasCalled = published;
            }
            if (lingerInStopMillis > 0) {
                LockSupport.parkNanos(lingerInStopMillis * 1_000_000L);
            }
            running = false;
            Thread thread = reader;
            if (thread != null) {
                try {
                    thread.join(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void close() {
            stop();
            if (hangOnClose) {
                LockSupport.parkNanos(5_000_000_000L);
            }
            closed = true;
        }
    }
}
