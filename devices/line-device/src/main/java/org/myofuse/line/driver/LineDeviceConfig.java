package org.myofuse.line.driver;

import org.myofuse.line.protocol.LineFormat;
import org.myofuse.line.protocol.Separator;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of one generic ASCII line device ({@code line-device}); the port is the host's {@code port} property. */
@ObjectClassDefinition(factoryPid = "org.myofuse.device.line_device", name = "Line device (ASCII)",
        description = "A device printing one sample per text line (Arduino sketch, HX711 load cell, lab instrument): "
                + "'v1,v2,...' or 'key=value' pairs, CR, LF or CRLF endings. Units = (raw - offset) * scale.")
public @interface LineDeviceConfig {

    @AttributeDefinition(name = "Baud rate", description = "Serial speed, e.g. 9600, 57600 or 115200.", min = "1")
    int baudRate() default 115200;

    @AttributeDefinition(name = "Format",
            description = "VALUES: positional numbers in channel order; KEYVALUE: name=value pairs, channel names as keys.")
    LineFormat format() default LineFormat.VALUES;

    @AttributeDefinition(name = "Separator", description = "What separates fields; WHITESPACE is any run of blanks.")
    Separator separator() default Separator.COMMA;

    @AttributeDefinition(name = "Channel names",
            description = "One per value, in line order (the keys for KEYVALUE), e.g. fz,fx. Sets the channel count.")
    String[] channelNames() default {"value"};

    @AttributeDefinition(name = "Units", description = "Unit after scaling: one for all channels or one per channel, e.g. N.")
    String[] units() default {"1"};

    @AttributeDefinition(name = "Scale",
            description = "Units per raw unit: one for all channels or one per channel. units = (raw - offset) * scale. "
                    + "An HX711 library calibration factor f (raw / f = units) is scale 1/f.")
    double[] scale() default {1.0};

    @AttributeDefinition(name = "Offset", description = "Raw value of zero units (the tare): one for all channels or one per channel.")
    double[] offset() default {0.0};

    @AttributeDefinition(name = "Minimum", description = "Lowest plausible value in units, one or one per channel; below it a block is flagged CLIPPED.")
    double[] minimum() default {-1.0e6};

    @AttributeDefinition(name = "Maximum", description = "Highest plausible value in units, one or one per channel; above it a block is flagged CLIPPED.")
    double[] maximum() default {1.0e6};

    @AttributeDefinition(name = "Nominal rate (Hz)", description = "Lines per second the device prints.", min = "0.1",
            max = "10000")
    double rateHz() default 80.0;

    @AttributeDefinition(name = "Gap after (sample periods)",
            description = "Silence longer than this many sample periods, beyond the lines that then arrive, is a gap "
                    + "sized from arrival time.", min = "2", max = "1000")
    int gapPeriods() default 10;

    @AttributeDefinition(name = "Start command", description = "Sent (with the command line ending) to start printing; empty if the device always prints.")
    String startCommand() default "";

    @AttributeDefinition(name = "Stop command", description = "Sent to stop printing; empty if none.")
    String stopCommand() default "";

    @AttributeDefinition(name = "Command line ending", description = "Appended to start and stop commands.")
    CommandEnding commandEnding() default CommandEnding.LF;

    @AttributeDefinition(name = "Prefix", description = "Text sample lines start with, stripped, e.g. 'Reading:'. "
            + "When set, lines without it are ignored (not samples).")
    String prefix() default "";

    @AttributeDefinition(name = "Trailing text", description = "VALUES only: accept a word after the last value (a unit, as in 'Reading: 12.3 lbs').")
    boolean trailingText() default false;

    @AttributeDefinition(name = "Maximum line length", description = "Longest line in bytes without the ending; longer "
            + "lines are rejected.", min = "8", max = "65536")
    int maxLineLength() default 256;

    @AttributeDefinition(name = "First line timeout (ms)",
            description = "Connecting waits this long for one valid line.", min = "500", max = "30000")
    int firstLineTimeoutMs() default 3000;

    /** Line ending appended to start and stop commands. */
    enum CommandEnding {
        LF("\n"), CR("\r"), CRLF("\r\n"), NONE("");

        private final String text;

        CommandEnding(String text) {
            this.text = text;
        }

        /** The ending's characters. */
        public String text() {
            return text;
        }
    }
}
