package org.myofuse.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.device.InstalledDeviceType;
import org.myofuse.api.device.Transport;

import tools.jackson.databind.JsonNode;

/**
 * The JSON documents in the store's tables still read as the hand-written writer of the first releases
 * wrote them, and are written with the same keys and value types. The fixtures in {@code legacy/} are
 * that writer's output, captured before it was replaced: three from a real {@code myofuse run} of the
 * simulators (its {@code devices_json} and two stream descriptors), one from its descriptor method
 * with a grid and every kind of character that needs escaping.
 */
class StoredJsonTest {

    @Test
    void aStreamDescriptorOfARealSessionReadsAndIsWrittenWithTheSameKeysAndTypes() throws Exception {
        String legacy = legacy("descriptor-sim-iastm.json");

        DeviceDescriptor device = DescriptorJson.parse(legacy);

        assertEquals("sim-iastm", device.typeId());
        assertEquals("Myofuse", device.vendor());
        assertEquals("Simulated IASTM tool", device.model());
        assertEquals("sim-1", device.firmware());
        assertEquals("SIM-IASTM-5692161D", device.serialNumber());
        assertNull(device.grid());
        assertEquals(new ChannelDescriptor("Fz", "N", 1000, "tool normal force (+ into the skin)", -50, 50, 0.001),
                device.channels().get(2));
        assertEquals(tree(legacy), tree(DescriptorJson.write("org.myofuse.device.sim_iastm~sim-iastm-1", device, 10)));
    }

    @Test
    void everyChannelOfTheRealEmgDescriptorSurvivesReadingAndWriting() throws Exception {
        String legacy = legacy("descriptor-sim-emg.json");

        DeviceDescriptor device = DescriptorJson.parse(legacy);

        assertEquals(8, device.channels().size());
        assertEquals(new ChannelDescriptor("R_glute_med", "uV", 2000, "right gluteus medius", -187500, 187500, 0.02235),
                device.channels().get(7));
        assertEquals(tree(legacy), tree(DescriptorJson.write("org.myofuse.device.sim_emg~sim-emg-1", device, 20)));
    }

    @Test
    void aGridAndEscapedTextReadBackToTheDescriptorTheOldWriterWasGiven() throws Exception {
        String legacy = legacy("descriptor-escapes-grid.json");
        var given = new DeviceDescriptor("odd-mat", "Acme \"Q\"", "M/2\\x", "fw 1.0", "SN\t01", List.of(
                new ChannelDescriptor("c0", "kPa", 100, "heel \"left\" \\ back\tpad", 0, 300, 0.075),
                new ChannelDescriptor("c1", "\u00b5V", 100, "line1\nline2\r\u0001 \u2265 \ud83d\ude00", -1.5e-7, 1e6, 1.0E-4),
                new ChannelDescriptor("c2", "kPa", 100, "", 0, 300, 0.075),
                new ChannelDescriptor("c3", "kPa", 100, "toe", 0, 300, 0.075)), new GridLayout(2, 2, 12.5, 10));

        assertEquals(given, DescriptorJson.parse(legacy));
        assertEquals(tree(legacy), tree(DescriptorJson.write("org.myofuse.device.odd~mat-1", given, 4)));
    }

    @Test
    void theDevicesOfARealSessionReadAndAreWrittenWithTheSameKeysAndTypes() throws Exception {
        String legacy = legacy("devices-sim.json");

        List<DevicesJson.Device> read = DevicesJson.parse(legacy);

        assertEquals(3, read.size());
        assertEquals(new DevicesJson.Device("org.myofuse.device.sim_mat~sim-mat-1", "sim-mat-1", "sim-mat", "",
                "org.myofuse.simulator", "0.1.0.202612041618", "sim-1", "SIM-MAT-5692161D"), read.get(2));
        List<DeviceInfo> devices = List.of(device("emg", "SIM-EMG-5692161D"), device("iastm", "SIM-IASTM-5692161D"),
                device("mat", "SIM-MAT-5692161D"));
        List<InstalledDeviceType> installed = List.of(installed("emg"), installed("iastm"), installed("mat"));
        assertEquals(tree(legacy), tree(DevicesJson.write(devices, installed)));
    }

    @Test
    void aDeviceWithoutInstalledTypeOrDescriptionLeavesThoseKeysOutAsBefore() throws Exception {
        var info = new DeviceInfo("org.myofuse.device.cyton~amp", "amp", "openbci-cyton", "/dev/ttyUSB0",
                DeviceState.CONNECTING, "", null, 0, 0, 0, 0);

        assertEquals(tree("[{\"deviceId\":\"org.myofuse.device.cyton~amp\",\"name\":\"amp\",\"typeId\":\"openbci-cyton\","
                + "\"port\":\"/dev/ttyUSB0\"}]"), tree(DevicesJson.write(List.of(info), List.of())));
    }

    @Test
    void aDamagedDescriptorIsOneLineNamingWhatIsWrong() throws Exception {
        String legacy = legacy("descriptor-sim-iastm.json");
        assertDamaged(legacy.substring(0, legacy.length() / 2), "stream descriptor is damaged: Unexpected end-of-input");
        assertDamaged(legacy.replace("\"vendor\":\"Myofuse\",", ""),
                "stream descriptor is damaged: Missing required creator property 'vendor'");
        assertDamaged(legacy.replace("\"min\":-50.0", "\"min\":\"-50\""),
                "stream descriptor is damaged: Cannot coerce String value");
        assertDamaged(legacy.replace("\"max\":50.0", "\"max\":-60.0"),
                "stream descriptor is damaged: channel Fx: range max -60.0 must exceed min -50.0");
        assertDamaged(legacy.replace("\"typeId\":\"sim-iastm\"", "\"typeId\":null"), "stream descriptor is damaged: typeId is null");
    }

    private static void assertDamaged(String json, String expectedStart) {
        var e = assertThrows(IllegalArgumentException.class, () -> DescriptorJson.parse(json));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    private static DeviceInfo device(String kind, String serial) {
        var descriptor = new DeviceDescriptor("sim-" + kind, "Myofuse", "Simulated " + kind, "sim-1", serial,
                List.of(new ChannelDescriptor("c", "u", 100, "", 0, 1, 0.1)), null);
        return new DeviceInfo("org.myofuse.device.sim_" + kind + "~sim-" + kind + "-1", "sim-" + kind + "-1",
                "sim-" + kind, "", DeviceState.STREAMING, "", descriptor, 0, 0, 0, 0);
    }

    private static InstalledDeviceType installed(String kind) {
        return new InstalledDeviceType(new DeviceType("sim-" + kind, "Simulated " + kind, "Myofuse",
                Transport.SIMULATED, false), "org.myofuse.simulator", "0.1.0.202612041618");
    }

    /** The document as a tree: equal trees have the same keys, values and value types (32 is not 32.0). */
    private static JsonNode tree(String json) {
        return Json.MAPPER.readTree(json);
    }

    private static String legacy(String name) throws IOException {
        try (InputStream in = StoredJsonTest.class.getResourceAsStream("legacy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
