package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class BootReportTest {

    private static final long MS = 1_000_000L;

    @Test
    void shouldGiveTheTimeFromProcessStartAndFromMain() {
        assertEquals("ready in 734 ms from process start (598 ms from main): 17 bundles, 3 device types",
                BootReport.line(OptionalLong.of(1_000 * MS), 1_136 * MS, 1_734 * MS, 17, 3));
    }

    @Test
    void withoutAProcessStartOnlyMainCounts() {
        assertEquals("ready 598 ms after main(): 16 bundles, 1 device type",
                BootReport.line(OptionalLong.empty(), -598 * MS, 0, 16, 1));
    }
}
