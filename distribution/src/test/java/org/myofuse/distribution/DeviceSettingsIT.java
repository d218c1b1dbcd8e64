package org.myofuse.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.SettingDescription;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Device settings in the real Felix: the runtime reads each driver bundle's metatype from that bundle,
 * describes a type's settings from it and refuses values outside it, before anything is stored.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeviceSettingsIT {

    @Inject
    private BundleContext context;

    @Inject
    private DeviceManager devices;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.boot(Files.createTempDirectory("myofuse-it-plugins"));
    }

    @Before
    public void driversInstalled() {
        Awaitility.await("the simulator and serial drivers").atMost(Duration.ofSeconds(10))
                .until(() -> PlatformIT.typeIds(devices.installedTypes()).containsAll(List.of("sim-emg", "iastm-force")));
    }

    @Test
    public void aTypesSettingsComeFromItsDriverBundlesMetatypeInDeclarationOrder() throws Exception {
        List<SettingDescription> settings = devices.settings("sim-emg");
        assertEquals("seed", settings.get(0).id());
        assertEquals("scenarioSeed", settings.get(1).id());
        SettingDescription tone = find(settings, "restingToneUv");
        assertEquals(SettingDescription.Type.DOUBLE, tone.type());
        assertEquals(Optional.of("0"), tone.min());
        assertEquals(Optional.of("100"), tone.max());
        assertEquals(List.of("4.0"), tone.defaultValue());
        assertEquals(List.of("50", "60"), find(settings, "humFrequencyHz").options().stream()
                .map(SettingDescription.Option::value).toList());
        assertTrue(devices.settings("iastm-force").stream().noneMatch(s -> s.id().equals("port") || s.id().equals("name")));
    }

    @Test
    public void aValueOutsideTheDeclarationIsRefusedInOneLineAndNothingIsStored() {
        int before = devices.devices().size();
        try {
            devices.addDevice(DeviceRequest.parse("sim-emg?restingToneUv=150"));
            fail("an out-of-range value was accepted");
        } catch (DeviceException e) {
            assertEquals("invalid value '150' for sim-emg setting 'restingToneUv': expected a number between 0 and 100",
                    e.getMessage());
        }
        assertEquals(before, devices.devices().size());
    }

    @Test
    public void anUnknownTypeHasNoSettings() {
        try {
            devices.settings("no-such-device");
            fail("settings of an unknown type");
        } catch (DeviceException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("unknown device type 'no-such-device' (installed: "));
        }
    }

    @Test
    public void theRuntimeBundleExportsNothing() {
        for (Bundle bundle : context.getBundles()) {
            if ("org.myofuse.runtime".equals(bundle.getSymbolicName())) {
                assertNull("Export-Package of the runtime", bundle.getHeaders().get("Export-Package"));
                return;
            }
        }
        fail("no runtime bundle");
    }

    private static SettingDescription find(List<SettingDescription> settings, String id) {
        return settings.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no setting " + id + " in " + settings));
    }
}
