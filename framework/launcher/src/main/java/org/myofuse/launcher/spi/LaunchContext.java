package org.myofuse.launcher.spi;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The command line being run and the process around it. Registered by the launcher as an OSGi service
 * through the system bundle context before any bundle starts, with the service property
 * {@link #COMMAND_PROPERTY} naming the command.
 *
 * <p>Exactly one component (the commands bundle) carries out the command and ends the process with
 * {@link #exit(int)}. Thread-safe.
 */
@ProviderType
public interface LaunchContext {

    /** Success. */
    int EXIT_OK = 0;
    /** A runtime failure: something named in a one-line message on stderr could not be done. */
    int EXIT_FAILURE = 1;
    /** Bad usage: the command line itself is wrong. */
    int EXIT_USAGE = 2;

    /** Service property: the name of the command being run (a String, e.g. "run"). */
    String COMMAND_PROPERTY = "myofuse.command";

    /** The arguments exactly as given on the command line. */
    List<String> args();

    /** The parsed, validated command line. */
    CommandLine commandLine();

    /** Shorthand for {@code commandLine().command()}. */
    default Command command() {
        return commandLine().command();
    }

    /** The process's standard output as it was before any bundle could redirect {@code System.out}. */
    PrintStream out();

    /** The process's standard error as it was before any bundle could redirect {@code System.err}. */
    PrintStream err();

    /** The data folder (created and writable): caches, sessions and other per-user data live here. */
    Path home();

    /** The installation folder, holding {@code lib/}, {@code bundle/}, {@code plugins/} and {@code etc/}. */
    Path installDir();

    /** The hot-deploy folder for device plugin bundles. */
    default Path pluginsDir() {
        return installDir().resolve("plugins");
    }

    /** The configuration folder watched for {@code .cfg} files. */
    default Path etcDir() {
        return installDir().resolve("etc");
    }

    /** {@link System#nanoTime()} when the launcher's {@code main} was entered. */
    long bootStartNanos();

    /**
     * When the process started, on the {@link System#nanoTime()} time base (so that it can be compared
     * with {@link #bootStartNanos()}), to within 10 ms; empty where the operating system does not tell.
     * The start script execs Java, so this includes the script and the JVM's own start-up.
     */
    OptionalLong processStartNanos();

    /**
     * Ends the process with {@code code}: the launcher stops the framework (every bundle stops, devices
     * are closed) and then exits. Returns at once; safe to call from any thread, including a component
     * that is being deactivated. The first call decides the exit code; later calls are ignored.
     */
    void exit(int code);

    /** Prints {@code "myofuse: " + message} on {@link #err()} and exits with {@link #EXIT_FAILURE}. */
    default void fail(String message) {
        err().println("myofuse: " + message);
        err().flush();
        exit(EXIT_FAILURE);
    }
}
