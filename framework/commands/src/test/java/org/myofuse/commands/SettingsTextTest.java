package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.device.SettingDescription.Option;
import org.myofuse.api.device.SettingDescription.Type;

/** {@code myofuse devices --settings TYPE} from settings as a driver would declare them. */
class SettingsTextTest {

    private static final List<SettingDescription> CYTON = List.of(
            new SettingDescription("sampleRate", "Sample rate", "Samples per second per channel, in Hz.", Type.INTEGER, 0,
                    List.of("250"), Optional.empty(), Optional.empty(),
                    List.of(new Option("250", "250 Hz"), new Option("500", "500 Hz"), new Option("1000", "1000"))),
            new SettingDescription("gain", "Gain", "Amplifier gain of every channel.", Type.INTEGER, 0, List.of("24"),
                    Optional.of("1"), Optional.of("24"), List.of()),
            new SettingDescription("channels", "Channels", "Channels to stream.", Type.INTEGER, 16, List.of("1", "2"),
                    Optional.of("1"), Optional.empty(), List.of()),
            new SettingDescription("label", "Label", "", Type.STRING, 0, List.of(), Optional.empty(), Optional.of("64"),
                    List.of()),
            new SettingDescription("daisy", "Daisy board", "Whether a Daisy board adds channels 9 to 16.", Type.BOOLEAN,
                    0, List.of("false"), Optional.empty(), Optional.empty(), List.of()),
            new SettingDescription("secret", "Pairing key", "Bluetooth pairing key.", Type.PASSWORD, 0, List.of("0000"),
                    Optional.empty(), Optional.empty(), List.of()));

    @Test
    void shouldListEverySettingWithTypeDefaultAllowedValuesAndDescription() {
        assertEquals("""
                Settings of openbci-cyton (6)
                  SETTING     NAME         TYPE                        DEFAULT   ALLOWED                           DESCRIPTION
                  sampleRate  Sample rate  integer                     250       250 (250 Hz), 500 (500 Hz), 1000  Samples per second per channel, in Hz.
                  gain        Gain         integer                     24        1 to 24                           Amplifier gain of every channel.
                  channels    Channels     list of integer (up to 16)  1,2       at least 1                        Channels to stream.
                  label       Label        string                      -         at most 64 characters             -
                  daisy       Daisy board  boolean                     false     true, false                       Whether a Daisy board adds channels 9 to 16.
                  secret      Pairing key  password                    (hidden)  any                               Bluetooth pairing key.

                Set them in a device spec, e.g. myofuse run --device 'openbci-cyton?sampleRate=...', or in a .cfg file in etc/ (see etc/README.txt).
                """, SettingsText.render("openbci-cyton", CYTON));
    }

    @Test
    void aTypeWithoutSettingsShouldSaySo() {
        assertEquals("Settings of sim-mat (0)\n  (none besides the port and the name every device has)\n",
                SettingsText.render("sim-mat", List.of()));
    }

    @Test
    void aListWithoutALimitShouldNotClaimOne() {
        var unlimited = new SettingDescription("notch", "Notch", "Mains notch frequencies.", Type.DOUBLE, Integer.MAX_VALUE,
                List.of(), Optional.empty(), Optional.empty(), List.of());
        assertEquals("list of double", SettingsText.type(unlimited));
        assertEquals("-", SettingsText.defaults(unlimited));
        assertEquals("any", SettingsText.allowed(unlimited));
    }
}
