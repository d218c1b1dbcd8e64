package org.myofuse.launcher;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.myofuse.api.host.CommandInvocation;

/**
 * The {@code myofuse} command: finds the installation and the data folder, boots an embedded Felix and
 * hands the command line, unparsed, to the commands bundle through {@link CommandInvocation}. The
 * commands bundle parses it, carries it out (or refuses it with exit status 2) and decides the exit
 * status; only {@code --home} is read here ({@link HomeOption}).
 */
public final class Main {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Path userHome;
    private final String installOverride;

    Main(PrintStream out, PrintStream err, Map<String, String> env, Path userHome, String installOverride) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.userHome = userHome;
        this.installOverride = installOverride;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        quietLogging();
        var main = new Main(System.out, System.err, System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty(Installation.INSTALL_PROPERTY));
        int code = main.run(args, start);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /**
     * java.util.logging, used by bundles without a LogService, prints warnings and errors on stderr in
     * one line; INFO chatter would bury the command's output. A logging configuration given with
     * -Djava.util.logging.config.file takes precedence.
     */
    private static void quietLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "myofuse: %4$s: %5$s%6$s%n");
        }
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    /** Runs one command line and returns the exit status. */
    int run(String[] args, long startNanos) {
        try {
            return launch(List.of(args), startNanos);
        } catch (LaunchFailure e) {
            err.println("myofuse: " + e.getMessage());
            return CommandInvocation.EXIT_FAILURE;
        }
    }

    private int launch(List<String> args, long startNanos) throws LaunchFailure {
        Installation installation = Installation.locate(installOverride,
                Main.class.getProtectionDomain().getCodeSource());
        Path home = DataFolder.prepare(DataFolder.resolve(homeOption(args), env, userHome));
        try (FrameworkStorage storage = FrameworkStorage.acquire(home)) {
            var context = new HostLaunchContext(args, out, err, home, installation.dir(), startNanos);
            return new FelixHost(installation, storage, context).run();
        }
    }

    private static Optional<Path> homeOption(List<String> args) throws LaunchFailure {
        Optional<String> value = HomeOption.scan(args);
        try {
            return value.map(Path::of);
        } catch (InvalidPathException e) {
            throw new LaunchFailure("data folder '" + value.get() + "' is not a valid path: " + e.getReason(), e);
        }
    }
}
