package org.myofuse.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HomeOptionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "--home /d devices | /d",
            "--home=/d devices | /d",
            "run --headless --home /d | /d",
            "summary 12 --home=rel/d | rel/d",
            "--home /a --home /b | /a",
            "devices | none",
            "--home | none",
            "--home --boot-time devices | none",
            "--home= devices | none",
            "import -- --home /d | none",
            "--homes /d | none" })
    void shouldFindTheFirstHomeWithAUsableValueAndNothingElse(String args, String home) {
        assertEquals(Optional.ofNullable(home), HomeOption.scan(List.of(args.split(" "))));
    }
}
