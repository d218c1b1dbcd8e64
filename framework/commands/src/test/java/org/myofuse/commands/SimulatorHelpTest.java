package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.device.SettingDescription.Type;

class SimulatorHelpTest {

    @Test
    void eachOptionIsListedWithItsChoicesAndDefaultWithinTheHelpsWidth() {
        var firmware = new SettingDescription("firmware", "Firmware generation",
                "the firmware the board runs, which decides its commands and answers (docs/protocols/openbci-cyton.md)",
                Type.STRING, 0, List.of("v3"), Optional.empty(), Optional.empty(), List.of(
                        new SettingDescription.Option("v1", "the first firmware, 2014"),
                        new SettingDescription.Option("v3", "v3.1.2, boards from August 2017")));
        var daisy = new SettingDescription("daisy", "Daisy module", "the board has a Daisy module", Type.BOOLEAN, 0,
                List.of("false"), Optional.empty(), Optional.empty(), List.of());
        assertEquals("""
                Options of the openbci-cyton simulator:
                  --firmware v1|v3   the firmware the board runs, which decides its commands and answers
                                     (docs/protocols/openbci-cyton.md); v1: the first firmware, 2014; v3: v3.1.2,
                                     boards from August 2017. Default v3.
                  --daisy            the board has a Daisy module. Default false.
                """, SimulatorHelp.render("openbci-cyton", List.of(firmware, daisy)));
        assertEquals("The sim-x simulator has no options of its own.\n", SimulatorHelp.render("sim-x", List.of()));
    }
}
