package org.myofuse.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How long ago this process started, from Linux's /proc: the process start time in clock ticks since
 * boot ({@code /proc/self/stat}, field 22) against the time since boot ({@code /proc/uptime}). Both
 * count from the same boot clock, unlike the wall-clock start time that {@code ProcessHandle} derives,
 * which can be off by a second in a virtual machine.
 */
final class ProcessAge {

    /** USER_HZ: 100 on every Linux architecture Myofuse runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessAge() {
    }

    /** The age in milliseconds, or empty off Linux. */
    static OptionalLong millis() {
        try {
            return OptionalLong.of(millis(Files.readString(Path.of("/proc/self/stat")),
                    Files.readString(Path.of("/proc/uptime"))));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The age from the contents of /proc/self/stat and /proc/uptime. */
    static long millis(String stat, String uptime) {
        // The command name (field 2) is in parentheses and may contain blanks: count fields after it.
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long startTicks = Long.parseLong(afterName[19]); // field 22 overall is the 20th after the name
        double upSeconds = Double.parseDouble(uptime.trim().split("\\s+")[0]);
        return Math.max(0, Math.round(upSeconds * 1000) - startTicks * 1000 / TICKS_PER_SECOND);
    }
}
