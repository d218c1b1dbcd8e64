package org.myofuse.commands.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.device.SettingDescription.Type;

/** A simulator's own options read against what it declares, as {@code myofuse simulate TYPE} reads them. */
class SimulatorOptionsTest {

    private static final List<SettingDescription> DECLARED = List.of(
            new SettingDescription("firmware", "Firmware", "the generation", Type.STRING, 0, List.of("v3"),
                    Optional.empty(), Optional.empty(), List.of(new SettingDescription.Option("v1", "old"),
                            new SettingDescription.Option("v2", "mid"), new SettingDescription.Option("v3", "new"))),
            new SettingDescription("daisy", "Daisy", "a Daisy module", Type.BOOLEAN, 0, List.of("false"),
                    Optional.empty(), Optional.empty(), List.of()),
            new SettingDescription("rate", "Rate", "packets per second", Type.INTEGER, 0, List.of("250"),
                    Optional.of("1"), Optional.empty(), List.of()));

    private static Map<String, String> read(String line) throws UsageException {
        return SimulatorOptions.read(line.isEmpty() ? List.of() : List.of(line.split(" ")), DECLARED, "board");
    }

    @Test
    void valuesFollowOrJoinTheirOptionAndABooleanIsAFlag() throws UsageException {
        assertEquals(Map.of(), read(""));
        assertEquals(Map.of("firmware", "v2", "daisy", "true"), read("--firmware v2 --daisy"));
        assertEquals(Map.of("firmware", "v1", "daisy", "false", "rate", "500"), read("--firmware=v1 --daisy=false --rate 500"));
        assertEquals(Map.of("daisy", "false", "rate", "9"), read("--daisy false --rate=9"));
        assertEquals(List.of("rate", "daisy"), List.copyOf(read("--rate 1 --daisy").keySet()), "in the order given");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "--wifi => unknown option --wifi for simulate board (its simulator's options: --firmware v1|v2|v3, --daisy, --rate VALUE; see myofuse simulate board --help)",
            "--firmware => option --firmware needs a value (see myofuse simulate board --help)",
            "--firmware --daisy => option --firmware needs a value (see myofuse simulate board --help)",
            "--firmware v4 => option --firmware 'v4': must be one of v1, v2, v3 (see myofuse simulate board --help)",
            "--daisy=yes => option --daisy 'yes': must be true or false (see myofuse simulate board --help)",
            "--daisy yes => unexpected argument 'yes' for simulate board (see myofuse simulate board --help)",
            "--daisy --daisy=false => option --daisy given twice (see myofuse simulate board --help)",
            "-x => unexpected argument '-x' for simulate board (see myofuse simulate board --help)" })
    void badOptionsAreOneLineNamingWhatIsWrong(String line, String message) {
        assertEquals(message, assertThrows(UsageException.class, () -> read(line)).getMessage());
    }

    @Test
    void aSimulatorWithoutOptionsSaysSo() {
        var e = assertThrows(UsageException.class, () -> SimulatorOptions.read(List.of("--daisy"), List.of(), "mat"));
        assertEquals("unknown option --daisy for simulate mat (its simulator has no options of its own besides --seed "
                + "and --corrupt; see myofuse simulate mat --help)", e.getMessage());
    }
}
