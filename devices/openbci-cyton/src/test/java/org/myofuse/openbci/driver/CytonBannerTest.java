package org.myofuse.openbci.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myofuse.openbci.protocol.CytonFirmware;

/** Banners as published: the SDK document's texts and what the firmware sources print. */
class CytonBannerTest {

    @Test
    void theSdkDocumentsV1BannerIsV1AndDoesNotTellAboutADaisy() {
        var b = CytonBanner.parse("OpenBCI V3 16 channel\nADS1299 Device ID: 0x3E\nLIS3DH Device ID: 0x33\n$$$");
        assertEquals(new CytonBanner(CytonFirmware.V1, "v1", Optional.empty()), b);
    }

    @Test
    void theV1SketchsBannerTellsAboutTheDaisy() {
        String daisy = "OpenBCI V3 16 channel\r\nOn Board ADS1299 Device ID: 0x3E\r\n"
                + "On Daisy ADS1299 Device ID: 0x3E\r\nLIS3DH Device ID: 0x33\r\n$$$";
        assertEquals(new CytonBanner(CytonFirmware.V1, "v1", Optional.of(true)), CytonBanner.parse(daisy));
        String none = "OpenBCI V3 16 channel\r\nOn Board ADS1299 Device ID: 0x3E\r\nLIS3DH Device ID: 0x33\r\n$$$";
        assertEquals(Optional.of(false), CytonBanner.parse(none).daisy());
    }

    @Test
    void theSdkDocumentsV2AndV3BannersGiveTheirVersions() {
        var v2 = CytonBanner.parse("OpenBCI V3 8-16 channel\nADS1299 Device ID: 0x3E\nLIS3DH Device ID: 0x33\n"
                + "Firmware: v2.0.0\n$$$");
        assertEquals(new CytonBanner(CytonFirmware.V2, "v2.0.0", Optional.empty()), v2);
        var v3 = CytonBanner.parse("OpenBCI V3 8-16 channel\nADS1299 Device ID: 0x3E\nLIS3DH Device ID: 0x33\n"
                + "Firmware: v3.1.1\n$$$");
        assertEquals(new CytonBanner(CytonFirmware.V3, "v3.1.1", Optional.empty()), v3);
    }

    @Test
    void theV3LibrarysBannerWithLowerCaseIdsAndADaisy() {
        var b = CytonBanner.parse("OpenBCI V3 8-16 channel\r\nOn Board ADS1299 Device ID: 0x3e\r\n"
                + "On Daisy ADS1299 Device ID: 0x3e\r\nLIS3DH Device ID: 0x33\r\nFirmware: v3.1.2\r\n$$$");
        assertEquals(new CytonBanner(CytonFirmware.V3, "v3.1.2", Optional.of(true)), b);
    }

    @Test
    void anEightBitBoardOrAnotherDeviceIsRefusedInOneLine() {
        var eightBit = assertThrows(IllegalArgumentException.class, () -> CytonBanner.parse(
                "OpenBCI V3 8bit Board\nSetting ADS1299 Channel Values\nADS1299 Device ID: 0x3E\n"
                        + "LIS3DH Device ID: 0x33\n$$$"));
        assertEquals("this is an OpenBCI 8bit board (firmware v0), not a Cyton", eightBit.getMessage());
        var other = assertThrows(IllegalArgumentException.class, () -> CytonBanner.parse("READY\r\n$$$"));
        assertEquals("the device's reply to 'v' is not an OpenBCI banner (wrong port or baud rate?)", other.getMessage());
    }
}
