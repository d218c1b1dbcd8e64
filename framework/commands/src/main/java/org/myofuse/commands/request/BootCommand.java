package org.myofuse.commands.request;

/**
 * {@code myofuse boot}: boot until ready (every bundle active, every installed driver known to the
 * device manager), print how long that took and exit. For benchmarking start-up.
 */
public record BootCommand() implements Command {

    @Override
    public String name() {
        return "boot";
    }
}
