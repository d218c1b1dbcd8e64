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
 * The installed {@code bin/myofuse} (of {@code -Dmyofuse.distribution.dir}, default
 * {@code target/myofuse}) run as a clinic runs it: one process per command on one data folder.
 */
final class InstalledMyofuse {

    /** What a finished command printed and how it ended. */
    record Result(int code, String out, String err) {
    }

    private final Path script = Path.of(System.getProperty("myofuse.distribution.dir", "target/myofuse"), "bin",
            "myofuse");
    private final Path home;

    /** @param home the data folder ({@code --home}); its own output files are kept there too */
    InstalledMyofuse(Path home) {
        this.home = home;
    }

    Path home() {
        return home;
    }

    /** Runs a command to its end (at most 120 s). */
    Result run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = new ProcessBuilder(command(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish in 120 s");
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
