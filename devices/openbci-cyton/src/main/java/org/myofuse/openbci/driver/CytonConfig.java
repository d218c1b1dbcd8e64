package org.myofuse.openbci.driver;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Settings of one OpenBCI Cyton board ({@code openbci-cyton}); the port is the host's {@code port} property. */
@ObjectClassDefinition(factoryPid = "org.myofuse.device.openbci_cyton", name = "OpenBCI Cyton",
        description = "OpenBCI Cyton 8-channel biosignal amplifier (16 channels with the Daisy module) on the "
                + "USB dongle, 250 Hz (125 Hz with Daisy), microvolts; accelerometer in g.")
public @interface CytonConfig {

    @AttributeDefinition(name = "Daisy (16 channels)",
            description = "Use the Daisy module: 16 channels at 125 Hz instead of 8 at 250 Hz.")
    boolean daisy() default false;

    @AttributeDefinition(name = "Channel names",
            description = "One name per channel in board order, e.g. L_multifidus,R_multifidus,...; "
                    + "empty for ch1, ch2, ...")
    String[] channelNames() default {};

    @AttributeDefinition(name = "Channel sites",
            description = "Body site of each channel, in board order, e.g. 'left lumbar multifidus (L5)'; may be empty.")
    String[] channelSites() default {};

    @AttributeDefinition(name = "Gains", description = "Programmable gain: one value for every channel or one per channel.",
            options = {@Option(label = "x1", value = "1"), @Option(label = "x2", value = "2"),
                       @Option(label = "x4", value = "4"), @Option(label = "x6", value = "6"),
                       @Option(label = "x8", value = "8"), @Option(label = "x12", value = "12"),
                       @Option(label = "x24", value = "24")})
    int[] gains() default {24};

    @AttributeDefinition(name = "SRB2",
            description = "Connect each channel's negative input to SRB2 (common reference, EEG montage). "
                    + "Off for bipolar surface EMG.")
    boolean srb2() default false;

    @AttributeDefinition(name = "Accelerometer",
            description = "Add the board's accelerometer (x, y, z in g, 25 Hz held between readings) to each frame.")
    boolean accelerometer() default true;

    @AttributeDefinition(name = "Reply timeout (ms)",
            description = "How long to wait for the board's answer to reset and settings commands.", min = "500",
            max = "10000")
    int replyTimeoutMs() default 3000;

    @AttributeDefinition(name = "Baud rate", description = "Serial speed of the dongle link (115200 for the OpenBCI dongle).",
            min = "1")
    int baudRate() default 115200;
}
