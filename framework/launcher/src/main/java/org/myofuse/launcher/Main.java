package org.myofuse.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.myofuse.api.device.DeviceRequest;
import org.myofuse.launcher.spi.CommandLine;
import org.myofuse.launcher.spi.CommandLineParser;
import org.myofuse.launcher.spi.Invocation;
import org.myofuse.launcher.spi.LaunchContext;
import org.myofuse.launcher.spi.TextRequest;
import org.myofuse.launcher.spi.UsageException;

/**
 * The {@code myofuse} command: parses the command line (bad usage exits 2 before anything boots),
 * finds the installation and the data folder, then runs the command in an embedded Felix.
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
        Invocation invocation;
        try {
            invocation = parser().parse(Arrays.asList(args));
        } catch (UsageException e) {
            err.println("myofuse: " + e.getMessage());
            return LaunchContext.EXIT_USAGE;
        }
        if (invocation instanceof TextRequest text) {
            out.print(text.text());
            return LaunchContext.EXIT_OK;
        }
        try {
            return launch(List.of(args), (CommandLine) invocation, startNanos);
        } catch (LaunchFailure e) {
            err.println("myofuse: " + e.getMessage());
            return LaunchContext.EXIT_FAILURE;
        }
    }

    static CommandLineParser parser() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new CommandLineParser(version == null ? "(development build)" : version, DeviceRequest::parse);
    }

    private int launch(List<String> args, CommandLine commandLine, long startNanos) throws LaunchFailure {
        Installation installation = Installation.locate(installOverride,
                Main.class.getProtectionDomain().getCodeSource());
        Path home = DataFolder.prepare(DataFolder.resolve(commandLine.home(), env, userHome));
        try (FrameworkStorage storage = FrameworkStorage.acquire(home)) {
            var context = new HostLaunchContext(args, commandLine, out, err, home, installation.dir(), startNanos);
            return new FelixHost(installation, storage, context).run();
        }
    }
}
