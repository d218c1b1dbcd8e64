package org.myofuse.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collection;

import javax.inject.Inject;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.serial.WireSimulator;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.Subscription;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The example serial plugin (a Mark-10 force gauge driver and its wire simulator) dropped into the
 * watched {@code plugins/} folder of a running host: its simulator serves on a pseudo-terminal through
 * the host's serial transport, a gauge configured on that port through the device manager streams
 * onto the bus, and removing the jar ends the gauge's stream with a reason naming the bundle.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SerialPluginHotDeployIT {

    /** Waits for other threads: polls every 5 ms, fails naming what was awaited after 10 s. */
    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(5))
            .atMost(Duration.ofSeconds(10));

    private static final String TYPE = "mark10-gauge";
    private static final String BUNDLE = "org.myofuse.example-force-gauge";

    @Inject
    private BundleContext context;

    @Inject
    private DeviceManager devices;

    @Inject
    private StreamBus bus;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.boot(Files.createTempDirectory("myofuse-it-serial-plugin"));
    }

    @Test
    public void aSerialPluginDroppedIntoPluginsStreamsFromItsSimulatorAndItsRemovalEndsTheStreamNamingTheBundle()
            throws Exception {
        RecordingConsumer consumer = new RecordingConsumer();
        Subscription subscription = bus.subscribe("serial-plugin-it", consumer, 256);
        Path dropped = plugins().resolve("example-force-gauge.jar");
        // Copy beside, then move in atomically, as an installer would: FileInstall never sees half a jar.
        Path staged = Files.createTempFile("example-force-gauge", ".part");
        Files.copy(DistributionOptions.examplePlugin("example-force-gauge"), staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, dropped, StandardCopyOption.ATOMIC_MOVE);
        WAIT.alias(TYPE + " driver installed from plugins/")
                .until(() -> PlatformIT.typeIds(devices.installedTypes()).contains(TYPE));
        WAIT.alias(TYPE + " wire simulator registered").until(() -> !simulators().isEmpty());

        ServiceReference<WireSimulator> reference = simulators().iterator().next();
        WireSimulator simulator = context.getService(reference);
        WireSimulator.Running running = simulator.start(new WireSimulator.Options(11, 0));
        try {
            String id = devices.addDevice(DeviceRequest.parse(TYPE + "@" + running.portPath()));
            WAIT.alias("the hot-deployed gauge's samples on the bus").atMost(Duration.ofSeconds(15))
                    .until(() -> consumer.log(id).frames.get() >= 100);
            DeviceInfo streaming = devices.device(id).orElseThrow();
            assertEquals(DeviceState.STREAMING, streaming.state());
            DeviceDescriptor gauge = streaming.descriptor();
            ChannelDescriptor force = gauge.channels().get(0);
            assertEquals("Mark-10 M5-20 force N 50.0", gauge.vendor() + " " + gauge.model() + " " + force.name() + " "
                    + force.unit() + " " + force.sampleRateHz());
            assertEquals(TYPE, consumer.log(id).typeId);
            assertEquals("indices contiguous or announced by gaps", 0, consumer.log(id).discontinuities.get());

            Files.delete(dropped);
            WAIT.alias("the removed plugin's stream ends").until(() -> consumer.log(id).closedReason != null);
            String reason = consumer.log(id).closedReason;
            assertTrue("the stream's end names the bundle: " + reason, reason.contains(BUNDLE));
            WAIT.alias("the device DISCONNECTED with the bundle's reason").atMost(Duration.ofSeconds(5)).until(() -> {
                DeviceInfo gone = devices.device(id).orElseThrow();
                return gone.state() == DeviceState.DISCONNECTED && gone.reason().contains(BUNDLE);
            });
            WAIT.alias("the plugin's simulator unregistered").atMost(Duration.ofSeconds(5))
                    .until(() -> simulators().isEmpty());
            long frames = consumer.log(id).frames.get();
            Thread.sleep(300);
            assertEquals("nothing published after the stream ended", frames, consumer.log(id).frames.get());
        } catch (Throwable t) {
            running.close(); // the bundle is still there: it would close the simulation when it stops
            throw t;
        } finally {
            subscription.close();
        }
    }

    private Collection<ServiceReference<WireSimulator>> simulators() {
        try {
            return context.getServiceReferences(WireSimulator.class, "(" + WireSimulator.TYPE_PROPERTY + "=" + TYPE + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The watched folder; the test runs in a probe bundle, so it is read back from the framework. */
    private Path plugins() {
        return Path.of(context.getProperty("felix.fileinstall.dir"));
    }
}
