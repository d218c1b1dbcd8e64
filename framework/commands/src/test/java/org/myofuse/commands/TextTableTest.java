package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void columnsShouldBeAlignedOnTheWidestCellWithoutTrailingBlanks() {
        String text = new TextTable("ID", "NAME", "STATE")
                .row("sim-emg", "Simulated EMG amplifier", "STREAMING")
                .row("x", "y", "")
                .render("  ");
        assertEquals("""
                  ID       NAME                     STATE
                  sim-emg  Simulated EMG amplifier  STREAMING
                  x        y
                """, text);
    }

    @Test
    void missingCellsShouldBeEmptyAndValuesShownAsText() {
        var table = new TextTable("A", "B").row(42);
        assertEquals("A   B\n42\n", table.render(""));
    }

    @Test
    void aNewTableIsEmpty() {
        assertTrue(new TextTable("A").isEmpty());
    }
}
