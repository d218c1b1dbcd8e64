package org.myofuse.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.stream.StreamConsumer;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A device plugin bundle dropped into the watched {@code plugins/} folder while other devices stream is
 * picked up and streams; when it is removed the host and the other streams keep going and the removed
 * device's stream ends with its reason. A broken plugin bundle does not disturb anything.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT {

    /** Waits for other threads: polls every 5 ms, fails naming what was awaited after 10 s. */
    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(5))
            .atMost(Duration.ofSeconds(10));

    @Inject
    private BundleContext context;

    @Inject
    private DeviceManager devices;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.boot(Files.createTempDirectory("myofuse-it-plugins"));
    }

    @Test
    public void aPluginDroppedIntoPluginsStreamsAndItsRemovalEndsOnlyItsStream() throws Exception {
        RecordingConsumer consumer = new RecordingConsumer();
        ServiceRegistration<StreamConsumer> registration = context.registerService(StreamConsumer.class, consumer,
                new Hashtable<>(Map.of(StreamConsumer.NAME_PROPERTY, "hot-deploy-it")));
        WAIT.alias("simulator drivers").atMost(Duration.ofSeconds(5))
                .until(() -> PlatformIT.typeIds(devices.installedTypes()).contains("sim-emg"));
        String emg = devices.addDevice(DeviceRequest.parse("sim-emg"));
        String iastm = devices.addDevice(DeviceRequest.parse("sim-iastm"));
        WAIT.alias("simulators streaming")
                .until(() -> consumer.log(emg).frames.get() > 2000 && consumer.log(iastm).frames.get() > 1000);

        Path dropped = plugins().resolve("example-plugin.jar");
        // Copy beside, then move in atomically, as an installer would: FileInstall never sees half a jar.
        Path staged = Files.createTempFile("example-plugin", ".part");
        Files.copy(DistributionOptions.examplePlugin(), staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, dropped, StandardCopyOption.ATOMIC_MOVE);
        WAIT.alias("example-inclinometer driver installed from plugins/")
                .until(() -> PlatformIT.typeIds(devices.installedTypes()).contains("example-inclinometer"));
        String inclinometer = devices.addDevice(DeviceRequest.parse("example-inclinometer"));
        WAIT.alias("the hot-deployed device streams").until(() -> consumer.log(inclinometer).frames.get() >= 50);

        Files.delete(dropped);
        WAIT.alias("the removed plugin's stream ends").until(() -> consumer.log(inclinometer).closedReason != null);
        String reason = consumer.log(inclinometer).closedReason;
        assertTrue("reason names the driver's departure: " + reason, reason.contains("example-inclinometer"));
        // The stream ends as the connection closes; the device's state is posted right after it.
        WAIT.alias("the removed plugin's device is DISCONNECTED")
                .until(() -> devices.device(inclinometer).orElseThrow().state() == DeviceState.DISCONNECTED);
        DeviceInfo removed = devices.device(inclinometer).orElseThrow();
        assertTrue("reason recorded on the device: " + removed.reason(), removed.reason().contains("example-inclinometer"));

        long emgBefore = consumer.log(emg).frames.get();
        long iastmBefore = consumer.log(iastm).frames.get();
        WAIT.alias("other streams keep going").until(() -> consumer.log(emg).frames.get() > emgBefore + 2000
                && consumer.log(iastm).frames.get() > iastmBefore + 1000);
        assertEquals("no emg gaps", 0, consumer.log(emg).gaps.get());
        assertEquals("emg contiguous", 0, consumer.log(emg).discontinuities.get());
        assertEquals("iastm contiguous", 0, consumer.log(iastm).discontinuities.get());
        registration.unregister();
    }

    @Test
    public void aPluginThatCannotResolveLeavesTheHostRunning() throws Exception {
        Path broken = plugins().resolve("broken-plugin.jar");
        writeUnresolvableBundle(broken);
        WAIT.alias("FileInstall installs the broken bundle").until(() -> find("org.myofuse.it.broken") != null);
        Thread.sleep(1000);
        Bundle bundle = find("org.myofuse.it.broken");
        assertNotNull(bundle);
        assertEquals("broken bundle stays INSTALLED", Bundle.INSTALLED, bundle.getState());
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.myofuse.")
                    && !b.getSymbolicName().equals("org.myofuse.it.broken") && b.getHeaders().get("Fragment-Host") == null) {
                assertEquals(b.getSymbolicName() + " still active", Bundle.ACTIVE, b.getState());
            }
        }
        Files.delete(broken);
    }

    /** The watched folder; the test runs in a probe bundle, so it is read back from the framework. */
    private Path plugins() {
        return Path.of(context.getProperty("felix.fileinstall.dir"));
    }

    private Bundle find(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private static void writeUnresolvableBundle(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.myofuse.it.broken");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "com.example.missing.vendor.sdk;version=\"[9,10)\"");
        Path tmp = Files.createTempFile("broken-plugin", ".part");
        try (OutputStream out = Files.newOutputStream(tmp); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.flush();
        }
        Files.move(tmp, jar, StandardCopyOption.ATOMIC_MOVE);
    }
}
