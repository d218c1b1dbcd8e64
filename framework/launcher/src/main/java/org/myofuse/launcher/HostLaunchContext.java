package org.myofuse.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

import org.myofuse.api.host.HostEnvironment;
import org.myofuse.launcher.spi.CommandLine;
import org.myofuse.launcher.spi.LaunchContext;

/** The launcher's {@link LaunchContext}: {@link #exit} completes {@link #exitRequest()}, which the main thread awaits. */
final class HostLaunchContext implements LaunchContext, HostEnvironment {

    private final List<String> args;
    private final CommandLine commandLine;
    private final PrintStream out;
    private final PrintStream err;
    private final Path home;
    private final Path installDir;
    private final long bootStartNanos;
    private final CompletableFuture<Integer> exitRequest = new CompletableFuture<>();

    HostLaunchContext(List<String> args, CommandLine commandLine, PrintStream out, PrintStream err, Path home,
            Path installDir, long bootStartNanos) {
        this.args = List.copyOf(args);
        this.commandLine = commandLine;
        this.out = out;
        this.err = err;
        this.home = home;
        this.installDir = installDir;
        this.bootStartNanos = bootStartNanos;
    }

    @Override
    public List<String> args() {
        return args;
    }

    @Override
    public CommandLine commandLine() {
        return commandLine;
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    @Override
    public Path pluginsDir() {
        return LaunchContext.super.pluginsDir();
    }

    @Override
    public Path etcDir() {
        return LaunchContext.super.etcDir();
    }

    @Override
    public Path home() {
        return home;
    }

    @Override
    public Path installDir() {
        return installDir;
    }

    @Override
    public long bootStartNanos() {
        return bootStartNanos;
    }

    @Override
    public OptionalLong processStartNanos() {
        OptionalLong age = ProcessAge.millis();
        return age.isPresent() ? OptionalLong.of(System.nanoTime() - age.getAsLong() * 1_000_000L) : OptionalLong.empty();
    }

    @Override
    public void exit(int code) {
        exitRequest.complete(code);
    }

    /** Completes with the exit code once a command (or the framework stopping by itself) asks to exit. */
    CompletableFuture<Integer> exitRequest() {
        return exitRequest;
    }
}
