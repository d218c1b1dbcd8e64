package org.myofuse.launcher;

/**
 * Takes SIGINT (Ctrl-C) and SIGTERM before the JVM turns them into a shutdown. A JVM shutdown runs
 * every shutdown hook at once, and H2's own hook closes the session database under the recorder
 * while the host is still ending the session (an embedded database that other processes may open,
 * AUTO_SERVER, cannot turn that hook off). Handled here, a signal stops the host in order: the
 * command winds down, the store ends the session and closes the database, then the process halts.
 *
 * <p>{@code sun.misc.Signal} is the JDK's supported way to do this (module jdk.unsupported). Where a
 * signal cannot be handled, the shutdown hook the host also installs still stops it, less orderly.
 */
final class StopSignals {

    private StopSignals() {
    }

    /** Runs {@code stop} on a thread of its own at the first SIGINT or SIGTERM; later ones are ignored. */
    static void install(Runnable stop) {
        var once = new java.util.concurrent.atomic.AtomicBoolean();
        sun.misc.SignalHandler handler = signal -> {
            if (once.compareAndSet(false, true)) {
                new Thread(stop, "myofuse-stop-on-SIG" + signal.getName()).start();
            }
        };
        for (String name : new String[] { "INT", "TERM" }) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), handler);
            } catch (IllegalArgumentException e) {
                // Not handled on this platform or VM (e.g. -Xrs): the shutdown hook covers it.
            }
        }
    }
}
