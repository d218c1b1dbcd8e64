package org.myofuse.commands;

/** One command of the command line, run once on the command thread. */
interface CommandTask {

    /**
     * Carries out the command.
     *
     * @return the exit status
     * @throws CommandFailure for a failure to report in one line (exit 1)
     */
    int run() throws CommandFailure, InterruptedException;

    /** Asks a running command to wind down and return soon (the host is stopping). */
    default void stop() {
    }

    /**
     * Whether the host, stopping, waits (a few seconds) for the command to wind down. False for a command
     * blocked where {@link #stop()} cannot reach it, such as a console reading the terminal.
     */
    default boolean awaitedOnStop() {
        return true;
    }
}
