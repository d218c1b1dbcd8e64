package org.myofuse.openbci.protocol;

/**
 * The generations of the Cyton's firmware. They differ in their command set and in how they answer
 * (table and sources: docs/protocols/openbci-cyton.md). Only the name of a generation is shared here:
 * the driver and the simulator each encode what a generation does from the published sources.
 *
 * <p>Source: OpenBCI Documentation, "Cyton Board SDK" (docs/02Cyton/04-OpenBCI_Cyton_SDK.md),
 * introduction: "the Cyton runs v1 and Boards shipped as of Fall 2016 run v2.0.0. v3.0.0 will begin
 * shipping with boards in August of 2017."
 */
public enum CytonFirmware {

    /** The first Cyton firmware (2014): no version in its banner, commands need a gap of more than 10 ms. */
    V1("v1"),
    /** Firmware 2.0.x (Fall 2016): prints "Firmware: v2.0.0", every answer ends with "$$$". */
    V2("v2.0.0"),
    /** Firmware 3.x (August 2017): adds the sample rate ('~'), board mode ('/') and version ('V') commands. */
    V3("v3.1.2");

    private final String typicalVersion;

    CytonFirmware(String typicalVersion) {
        this.typicalVersion = typicalVersion;
    }

    /** The version a board of this generation reports, as the latest published firmware source prints it. */
    public String typicalVersion() {
        return typicalVersion;
    }

    /** The generation of a version string such as "v3.1.1" or "2.0.0"; V1 for anything before 2. */
    public static CytonFirmware ofVersion(String version) {
        String digits = version.startsWith("v") || version.startsWith("V") ? version.substring(1) : version;
        int end = 0;
        while (end < digits.length() && Character.isDigit(digits.charAt(end))) {
            end++;
        }
        if (end == 0) {
            throw new IllegalArgumentException("firmware version '" + version + "': expected v1, v2.x.y or v3.x.y");
        }
        int major = Integer.parseInt(digits.substring(0, Math.min(end, 6)));
        return major <= 1 ? V1 : major == 2 ? V2 : V3;
    }
}
