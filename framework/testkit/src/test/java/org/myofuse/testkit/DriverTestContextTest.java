package org.myofuse.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.SamplePublisher;

class DriverTestContextTest {

    private static final DeviceDescriptor DEVICE = new DeviceDescriptor("gate", "Myofuse tests", "gate", "1", "g-1",
            List.of(new ChannelDescriptor("level", "N", 100, "test", -1, 1, 0.001)), null);

    @Test
    void publishesAreAcceptedAsTheHostAcceptsThemAroundStartAndStop() throws Exception {
        try (var host = StandaloneRuntime.load().startHost()) {
            var recorder = new BlockRecorder();
            host.bus().subscribe("recorder", recorder, 64);
            var context = new DriverTestContext<>("gate-1", host.bus(), host.clock(), "", new Object());
            SamplePublisher publisher = context.openStream(DEVICE, 1);
            DeviceConnection connection = new DeviceConnection() {
                @Override
                public DeviceDescriptor descriptor() {
                    return DEVICE;
                }

                @Override
                public void start() {
                }

                @Override
                public void stop() {
                    publish(publisher, 1); // a reader racing with stop
                }

                @Override
                public void close() {
                }
            };
            publish(publisher, 0); // before any start or stop through the context: accepted
            context.stop(connection);
            publish(publisher, 2);
            context.start(connection);
            publish(publisher, 3);
            context.closeStream("end");
            Awaitility.await("stream closed").atMost(Duration.ofSeconds(10)).until(() -> !recorder.closedReasons().isEmpty());
            assertEquals(List.of(0L, 3L), recorder.blocks().stream().filter(b -> b.kind() == BlockKind.SAMPLES)
                    .map(BlockRecorder.Block::first).toList());
        }
    }

    private static void publish(SamplePublisher publisher, long index) {
        publisher.block().setSamples(index, 1, index, 0);
        publisher.publish();
    }
}
