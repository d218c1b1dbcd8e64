package org.myofuse.openbci.driver;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.myofuse.openbci.protocol.CytonFirmware;

/**
 * What a Cyton says about itself after a soft reset ('v'): its firmware generation and, where the
 * banner tells, whether a Daisy module is there.
 *
 * <p>Banners as published (SDK document "Cyton Board SDK", introduction and 'v'; firmware sources
 * OpenBCI_32bit.ino startFromScratch() for v1 and OpenBCI_32bit_Library.cpp boardReset() for v3):
 * v1 "OpenBCI V3 16 channel", v2/v3 "OpenBCI V3 8-16 channel"; then "On Board ADS1299 Device ID: 0x3E",
 * a line "On Daisy ADS1299 Device ID: 0x3E" only when a Daisy module answered the reset, "LIS3DH
 * Device ID: 0x33", from v2.0.0 on "Firmware: vX.Y.Z", then "$$$". The SDK document shows older
 * banners with "ADS1299 Device ID" and no "On Board"/"On Daisy" lines; those say nothing about a Daisy.
 *
 * @param firmware the generation (V1 when there is no "Firmware:" line)
 * @param version  the version printed, or "v1" for a banner without one
 * @param daisy    present or absent when the banner has "On Board" lines; empty when it cannot tell
 */
record CytonBanner(CytonFirmware firmware, String version, Optional<Boolean> daisy) {

    private static final Pattern FIRMWARE = Pattern.compile("Firmware: *(v?[0-9][0-9A-Za-z.\\-]*)");

    /**
     * Reads a banner; IllegalArgumentException with one line (without the port) if it is not a Cyton's.
     */
    static CytonBanner parse(String text) {
        if (!text.contains("OpenBCI")) {
            throw new IllegalArgumentException("the device's reply to 'v' is not an OpenBCI banner "
                    + "(wrong port or baud rate?)");
        }
        if (text.contains("8bit Board")) {
            throw new IllegalArgumentException("this is an OpenBCI 8bit board (firmware v0), not a Cyton");
        }
        if (text.toLowerCase(Locale.ROOT).contains("ganglion")) {
            throw new IllegalArgumentException("this is an OpenBCI Ganglion, not a Cyton");
        }
        Matcher m = FIRMWARE.matcher(text);
        CytonFirmware firmware;
        String version;
        if (m.find()) {
            version = m.group(1).startsWith("v") ? m.group(1) : "v" + m.group(1);
            firmware = CytonFirmware.ofVersion(version);
        } else {
            firmware = CytonFirmware.V1;
            version = "v1";
        }
        Optional<Boolean> daisy = text.contains("On Daisy ADS1299") ? Optional.of(true)
                : text.contains("On Board ADS1299") ? Optional.of(false) : Optional.empty();
        return new CytonBanner(firmware, version, daisy);
    }
}
