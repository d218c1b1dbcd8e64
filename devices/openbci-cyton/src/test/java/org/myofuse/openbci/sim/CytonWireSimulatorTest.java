package org.myofuse.openbci.sim;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.WireSimulator;
import org.myofuse.runtime.stream.MonotonicSessionClock;

/**
 * What {@code myofuse simulate openbci-cyton --firmware v1|v2|v3 [--daisy]} serves: the settings the
 * simulator declares and the board each combination is, read from the banner it prints on 'v' over a
 * real pseudo-terminal.
 */
class CytonWireSimulatorTest {

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final SerialTransport transport = ServiceLoader.load(SerialTransport.class).findFirst().orElseThrow();
    private final CytonWireSimulator simulator = new CytonWireSimulator(transport, clock);

    @Test
    void itDeclaresTheFirmwareGenerationAndTheDaisyModule() {
        List<SettingDescription> settings = simulator.settings();
        assertEquals(List.of("firmware", "daisy"), settings.stream().map(SettingDescription::id).toList());
        SettingDescription firmware = settings.get(0);
        assertEquals(List.of("v1", "v2", "v3"), firmware.options().stream().map(SettingDescription.Option::value).toList());
        assertEquals(List.of("v3"), firmware.defaultValue());
        SettingDescription daisy = settings.get(1);
        assertEquals(SettingDescription.Type.BOOLEAN, daisy.type());
        assertEquals(List.of("false"), daisy.defaultValue(), "a Cyton is sold without a Daisy module");
    }

    @ParameterizedTest
    @CsvSource({ "v1, false, ", "v1, true, ", "v2, false, v2.0.0", "v3, true, v3.1.2", "v3, false, v3.1.2" })
    void eachChoiceServesThatBoard(String firmware, boolean daisy, String version) throws Exception {
        String banner = banner(Map.of("firmware", firmware, "daisy", Boolean.toString(daisy)));
        if (version == null) {
            assertTrue(banner.startsWith("OpenBCI V3 16 channel"), banner);
            assertFalse(banner.contains("Firmware:"), "v1 prints no version: " + banner);
        } else {
            assertTrue(banner.contains("Firmware: " + version), banner);
        }
        assertEquals(daisy, banner.contains("On Daisy ADS1299"), banner);
    }

    @Test
    void withoutSettingsItIsAV3BoardWithoutDaisy() throws Exception {
        String banner = banner(Map.of());
        assertTrue(banner.contains("Firmware: v3.1.2") && !banner.contains("On Daisy"), banner);
    }

    @Test
    void anUnknownSettingOrValueIsRefusedInOneLineNamingWhatIsAllowed() {
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> simulator.start(new WireSimulator.Options(1, 0, Map.of("wifi", "true"))));
        assertEquals("openbci-cyton simulator: unknown setting 'wifi' (its settings: firmware, daisy)", unknown.getMessage());
        var generation = assertThrows(IllegalArgumentException.class,
                () -> simulator.start(new WireSimulator.Options(1, 0, Map.of("firmware", "v4"))));
        assertEquals("openbci-cyton simulator: firmware 'v4': must be v1, v2 or v3", generation.getMessage());
        var daisy = assertThrows(IllegalArgumentException.class,
                () -> simulator.start(new WireSimulator.Options(1, 0, Map.of("daisy", "yes"))));
        assertEquals("openbci-cyton simulator: daisy 'yes': must be true or false", daisy.getMessage());
    }

    /** The board's answer to 'v', up to its "$$$". */
    private String banner(Map<String, String> settings) throws Exception {
        StringBuilder received = new StringBuilder();
        try (WireSimulator.Running board = simulator.start(new WireSimulator.Options(1, 0, settings))) {
            SerialListener listener = (buffer, length, arrival) -> {
                synchronized (received) {
                    received.append(new String(buffer, 0, length, StandardCharsets.ISO_8859_1));
                }
            };
            SerialLink link = transport.open(new SerialLinkSpec(board.portPath(), 115_200, clock, "host",
                    Duration.ofSeconds(5), false), listener);
            try {
                link.write("v");
                await().atMost(Duration.ofSeconds(10)).until(() -> {
                    synchronized (received) {
                        return received.indexOf("$$$") >= 0;
                    }
                });
            } finally {
                link.close();
            }
        }
        synchronized (received) {
            return received.toString();
        }
    }
}
