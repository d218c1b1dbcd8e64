package org.myofuse.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

import org.myofuse.api.host.CommandInvocation;
import org.myofuse.api.host.HostEnvironment;

/**
 * What the launcher hands to the bundles: the command line ({@link CommandInvocation}) and the host's
 * folders ({@link HostEnvironment}). {@link #exit} completes {@link #exitRequest()}, which the main
 * thread awaits.
 */
final class HostLaunchContext implements CommandInvocation, HostEnvironment {

    private final List<String> args;
    private final PrintStream out;
    private final PrintStream err;
    private final Path home;
    private final Path installDir;
    private final long bootStartNanos;
    private final CompletableFuture<Integer> exitRequest = new CompletableFuture<>();

    HostLaunchContext(List<String> args, PrintStream out, PrintStream err, Path home, Path installDir,
            long bootStartNanos) {
        this.args = List.copyOf(args);
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
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
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
