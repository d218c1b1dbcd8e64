package org.myofuse.commands;

import java.util.OptionalLong;

/** The boot-time line of {@code myofuse boot} and {@code --boot-time}. */
final class BootReport {

    private BootReport() {
    }

    /**
     * E.g. {@code ready in 734 ms from process start (598 ms from main): 17 bundles, 3 device types}.
     *
     * @param processStartNanos when the process started ({@code System.nanoTime()} base), if known
     * @param mainNanos         {@code System.nanoTime()} when main() was entered
     * @param readyNanos        {@code System.nanoTime()} of ready
     */
    static String line(OptionalLong processStartNanos, long mainNanos, long readyNanos, int bundles, int deviceTypes) {
        long fromMain = (readyNanos - mainNanos) / 1_000_000L;
        String counts = ": " + bundles + " bundles, " + deviceTypes + (deviceTypes == 1 ? " device type" : " device types");
        if (processStartNanos.isEmpty()) {
            return "ready " + fromMain + " ms after main()" + counts;
        }
        long fromStart = (readyNanos - processStartNanos.getAsLong()) / 1_000_000L;
        return "ready in " + fromStart + " ms from process start (" + fromMain + " ms from main)" + counts;
    }

    /**
     * What the boot spent its time on, as far as the commands bundle can see it, e.g. {@code boot phases:
     * JVM start 95 ms, framework and platform bundles 480 ms, commands bundle to ready 32 ms}. The first
     * phase is left out when the process start is not known.
     *
     * @param commandsNanos {@code System.nanoTime()} when the commands bundle took up the command line
     */
    static String phases(OptionalLong processStartNanos, long mainNanos, long commandsNanos, long readyNanos) {
        String jvm = processStartNanos.isEmpty() ? ""
                : "JVM start " + millis(processStartNanos.getAsLong(), mainNanos) + " ms, ";
        return "boot phases: " + jvm + "framework and platform bundles " + millis(mainNanos, commandsNanos)
                + " ms, commands bundle to ready " + millis(commandsNanos, readyNanos) + " ms";
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000L;
    }
}
