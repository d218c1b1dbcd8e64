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
}
