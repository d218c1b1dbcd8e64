package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long now = 10_000;

    @Test
    void shouldPrintAPercentageAtMostOnceASecondAfterTheFirstSecond() {
        var line = new ProgressLine(err, "exporting session 3", false, () -> now);
        line.update(10, 100); // at once: quiet
        now += 999;
        line.update(20, 100);
        now += 1;
        line.update(30, 100);
        now += 500;
        line.update(60, 100);
        now += 500;
        line.update(60, 100); // a second after the last line
        now += 1_000;
        line.update(60, 100); // unchanged: not repeated
        now += 1_000;
        line.update(100, 100);
        line.finish();
        assertEquals("exporting session 3: 30%\nexporting session 3: 60%\nexporting session 3: 100%\n",
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRewriteTheLineOnATerminalAndEndItWhenDone() {
        var line = new ProgressLine(err, "importing a.txt", true, () -> now);
        now += 1_000;
        line.update(1, 4);
        now += 1_000;
        line.update(3, 4);
        line.finish();
        assertEquals("\rimporting a.txt: 25%\rimporting a.txt: 75%\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldStayQuietForAShortTransfer() {
        var line = new ProgressLine(err, "importing a.txt", true, () -> now);
        line.update(4, 4);
        line.finish();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
