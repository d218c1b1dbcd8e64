package org.myofuse.distribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code bin/myofuse} of an installation (by default the built one, {@code -Dmyofuse.distribution.dir},
 * else {@code target/myofuse}) run as a clinic runs it: one process per command on one data folder.
 */
final class InstalledMyofuse {

    /** How long a command may take unless a test says otherwise. */
    static final long DEFAULT_LIMIT_S = 120;

    /** What a finished command printed and how it ended. */
    record Result(int code, String out, String err) {
    }

    private final Path script;
    private final Path home;

    /** @param home the data folder ({@code --home}); its own output files are kept there too */
    InstalledMyofuse(Path home) {
        this(builtInstallation(), home);
    }

    /** The {@code bin/myofuse} of {@code installation} (e.g. an {@link InstallationCopy}) on {@code home}. */
    InstalledMyofuse(Path installation, Path home) {
        this.script = installation.resolve("bin").resolve("myofuse");
        this.home = home;
    }

    /** On a fresh {@link InstallationCopy} in {@code dir}, with {@code dir/home} as its data folder. */
    static InstalledMyofuse onACopyIn(Path dir) throws IOException {
        return new InstalledMyofuse(InstallationCopy.in(dir), Files.createDirectories(dir.resolve("home")));
    }

    /** The installation the build assembled. */
    static Path builtInstallation() {
        return Path.of(System.getProperty("myofuse.distribution.dir", "target/myofuse"));
    }

    /** The installation folder whose {@code bin/myofuse} runs. */
    Path installation() {
        return script.getParent().getParent();
    }

    Path home() {
        return home;
    }

    /** Runs a command to its end (at most {@link #DEFAULT_LIMIT_S}). */
    Result run(String... args) throws IOException, InterruptedException {
        return runWithin(DEFAULT_LIMIT_S, args);
    }

    /** Runs a command to its end, failing (with what it printed so far) if it takes over {@code seconds}. */
    Result runWithin(long seconds, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = new ProcessBuilder(command(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish in " + seconds + " s:\n"
                    + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Starts a command that runs until stopped; stdout and stderr together, read line by line. */
    Running start(String... args) throws IOException {
        Process p = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
        return new Running(p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(script.toString(), "--home", home.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** A command still running; what it printed so far is kept. */
    record Running(Process process, BufferedReader reader) implements AutoCloseable {

        /** Reads lines until one matches {@code regex}; fails if the output ends first. */
        String awaitLine(String regex, StringBuilder seen) throws IOException {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                seen.append(line).append('\n');
                if (line.matches(regex)) {
                    return line;
                }
            }
            throw new AssertionError("the output ended without a line matching " + regex + ":\n" + seen);
        }

        /** The rest of the output, once the process has ended. */
        String rest() throws IOException {
            StringBuilder rest = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rest.append(line).append('\n');
            }
            return rest.toString();
        }

        /**
         * Stops the process with SIGTERM (as {@code kill} does, unlike {@link Process#destroy}, which also
         * closes its output) and returns what it printed until it ended.
         */
        String terminate() throws IOException, InterruptedException {
            process.toHandle().destroy();
            String rest = rest();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("still running 30 s after SIGTERM");
            }
            return rest;
        }

        /** Ends the process if it still runs, SIGKILL after 30 s of SIGTERM. */
        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }
}
