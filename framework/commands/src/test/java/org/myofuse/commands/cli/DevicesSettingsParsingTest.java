package org.myofuse.commands.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.commands.request.DevicesCommand;

class DevicesSettingsParsingTest {

    private final CommandLineParser parser = new CommandLineParser("1.2.3", DeviceRequest::parse);

    private DevicesCommand devices(String... args) throws UsageException {
        return assertInstanceOf(DevicesCommand.class,
                assertInstanceOf(LaunchRequest.class, parser.parse(List.of(args))).command());
    }

    @Test
    void settingsShouldNameOneDeviceType() throws UsageException {
        assertEquals(new DevicesCommand(Optional.of("sim-emg")), devices("devices", "--settings", "sim-emg"));
        assertEquals(new DevicesCommand(Optional.of("openbci-cyton")), devices("devices", "--settings=openbci-cyton"));
        assertEquals(DevicesCommand.listing(), devices("devices"));
        assertTrue(assertInstanceOf(TextRequest.class, parser.parse(List.of("devices", "--help"))).text()
                .startsWith("Usage: myofuse devices [--settings TYPE]"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "devices --settings | option --settings needs a value (see myofuse devices --help)",
            "devices --settings --home | option --settings needs a value (see myofuse devices --help)",
            "devices --settings a --settings b | option --settings given twice (see myofuse devices --help)",
            "devices sim-emg | unexpected argument 'sim-emg' for devices (see myofuse devices --help)" })
    void badSettingsUsageShouldBeOneLine(String args, String message) {
        assertEquals(message, assertThrows(UsageException.class, () -> parser.parse(List.of(args.split(" ")))).getMessage());
    }
}
