package org.myofuse.openbci.sim;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.WireSimulator;
import org.myofuse.lib.serial.sim.SimulatedPort;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.openbci.driver.CytonDriver;
import org.myofuse.openbci.protocol.CytonFirmware;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code myofuse simulate openbci-cyton [--firmware v1|v2|v3] [--daisy]}: a Cyton board on a fresh
 * pseudo-terminal. Its {@link #settings()} choose the firmware generation (default v3, the one boards
 * have shipped with since August 2017) and whether a Daisy module is attached (default not: the Cyton
 * is sold without one). {@link #start(Options, CytonFirmware, boolean)} does the same from Java.
 */
@Component(service = WireSimulator.class, property = WireSimulator.TYPE_PROPERTY + "=" + CytonDriver.TYPE_ID)
public final class CytonWireSimulator implements WireSimulator {

    /** The setting choosing the firmware generation: v1, v2 or v3. */
    public static final String FIRMWARE = "firmware";
    /** The setting saying whether a Daisy module is attached: true or false. */
    public static final String DAISY = "daisy";

    private static final CytonFirmware DEFAULT_FIRMWARE = CytonFirmware.V3;
    private static final boolean DEFAULT_DAISY = false;

    private static final List<SettingDescription> SETTINGS = List.of(
            new SettingDescription(FIRMWARE, "Firmware generation",
                    "the firmware the board runs, which decides its commands and answers "
                            + "(docs/protocols/openbci-cyton.md)",
                    SettingDescription.Type.STRING, 0, List.of(name(DEFAULT_FIRMWARE)), Optional.empty(),
                    Optional.empty(), List.of(
                            new SettingDescription.Option("v1", "the first firmware, 2014"),
                            new SettingDescription.Option("v2", "v2.0.0, boards from Fall 2016"),
                            new SettingDescription.Option("v3", "v3.1.2, boards from August 2017"))),
            new SettingDescription(DAISY, "Daisy module",
                    "the board has a Daisy module (channels 9 to 16); without one it answers nothing to 'c'",
                    SettingDescription.Type.BOOLEAN, 0, List.of(Boolean.toString(DEFAULT_DAISY)), Optional.empty(),
                    Optional.empty(), List.of()));

    private final SerialTransport transport;
    private final SessionClock clock;

    @Activate
    public CytonWireSimulator(@Reference SerialTransport transport, @Reference SessionClock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public List<SettingDescription> settings() {
        return SETTINGS;
    }

    /**
     * Starts a board with the firmware and Daisy module {@code options.settings()} ask for.
     *
     * @throws IllegalArgumentException if a setting is not {@code firmware} or {@code daisy}, or its value
     *                                  is not one they allow; one line naming it and what is allowed
     */
    @Override
    public Running start(Options options) throws IOException {
        Board board = Board.of(options.settings());
        return start(options, board.firmware(), board.daisy());
    }

    /**
     * Starts a board of the given firmware generation, with or without a Daisy module.
     *
     * @throws IOException              if the pseudo-terminals cannot be made
     * @throws IllegalArgumentException if an option is out of range, with one line naming it
     */
    public Running start(Options options, CytonFirmware firmware, boolean daisy) throws IOException {
        var settings = CytonSimulator.Settings.clean(options.seed()).withCorruption(options.corruptRate())
                .withFirmware(firmware).withDaisy(daisy);
        return SimulatedPort.start(transport, path -> CytonSimulator.serve(settings, transport, path, clock),
                sim -> "openbci-cyton simulator (firmware " + firmware.typicalVersion() + (daisy ? ", Daisy" : "")
                        + "): " + sim.packetsSent() + " packets sent, " + sim.packetsLost()
                        + " damaged beyond decoding, " + sim.garbageRuns() + " garbage runs", "");
    }

    /** The board {@link #settings()} describe, read from their values by id. */
    record Board(CytonFirmware firmware, boolean daisy) {

        static Board of(Map<String, String> settings) {
            CytonFirmware firmware = DEFAULT_FIRMWARE;
            boolean daisy = DEFAULT_DAISY;
            for (Map.Entry<String, String> e : settings.entrySet()) {
                switch (e.getKey()) {
                    case FIRMWARE -> firmware = firmware(e.getValue());
                    case DAISY -> daisy = daisy(e.getValue());
                    default -> throw new IllegalArgumentException("openbci-cyton simulator: unknown setting '" + e.getKey()
                            + "' (its settings: " + FIRMWARE + ", " + DAISY + ")");
                }
            }
            return new Board(firmware, daisy);
        }

        private static CytonFirmware firmware(String value) {
            return Arrays.stream(CytonFirmware.values()).filter(f -> name(f).equals(value)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("openbci-cyton simulator: firmware '" + value
                            + "': must be v1, v2 or v3"));
        }

        private static boolean daisy(String value) {
            return switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("openbci-cyton simulator: daisy '" + value
                        + "': must be true or false");
            };
        }
    }

    /** The name a generation has on the command line: v1, v2, v3. */
    private static String name(CytonFirmware firmware) {
        return firmware.name().toLowerCase(Locale.ROOT);
    }
}
