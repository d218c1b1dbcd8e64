package org.myofuse.api.host;

import java.io.PrintStream;
import java.util.List;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The command line this process was started with, handed to the bundle that parses and carries it
 * out. The launcher only boots the framework: it registers one invocation through the system bundle
 * before any bundle starts, and exactly one component (the commands bundle) takes it, parses the
 * arguments, runs the command and ends the process with {@link #exit(int)}.
 *
 * <h2>Exit codes and errors</h2>
 * {@link #EXIT_OK} on success; {@link #EXIT_FAILURE} when something the command names could not be
 * done; {@link #EXIT_USAGE} when the command line itself is wrong. A failure is one line on
 * {@link #err()} starting with {@code "myofuse: "} ({@link #fail}).
 *
 * <h2>Threading</h2>
 * Thread-safe. {@link #exit} returns at once and may be called from any thread, including a component
 * being deactivated; the launcher then stops the framework (every bundle stops, devices are closed)
 * and exits the process with the first code asked for.
 */
@ProviderType
public interface CommandInvocation {

    /** Success. */
    int EXIT_OK = 0;
    /** A runtime failure: something named in a one-line message on stderr could not be done. */
    int EXIT_FAILURE = 1;
    /** Bad usage: the command line itself is wrong. */
    int EXIT_USAGE = 2;

    /** The arguments exactly as given on the command line, unparsed. */
    List<String> args();

    /** The process's standard output as it was before any bundle could redirect {@code System.out}. */
    PrintStream out();

    /** The process's standard error as it was before any bundle could redirect {@code System.err}. */
    PrintStream err();

    /** {@link System#nanoTime()} when the launcher's {@code main} was entered. */
    long bootStartNanos();

    /**
     * When the process started, on the {@link System#nanoTime()} time base (comparable with
     * {@link #bootStartNanos()}), to within 10 ms; empty where the operating system does not tell. The
     * start script execs Java, so this includes the script and the JVM's own start-up.
     */
    OptionalLong processStartNanos();

    /**
     * Ends the process with {@code code} once the framework has stopped. Returns at once; the first
     * call decides the exit code, later calls are ignored.
     */
    void exit(int code);

    /** Prints {@code "myofuse: " + message} on {@link #err()} and exits with {@link #EXIT_FAILURE}. */
    default void fail(String message) {
        err().println("myofuse: " + message);
        err().flush();
        exit(EXIT_FAILURE);
    }
}
