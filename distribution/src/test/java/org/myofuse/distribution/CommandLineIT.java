package org.myofuse.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed {@code bin/myofuse} as a user types it: the launcher boots and hands the line to the
 * commands bundle, which answers help, refuses bad usage in one line with exit 2, prints a completion
 * script bash can source, lists a device type's settings, and runs Gogo's shell on stdin.
 */
class CommandLineIT {

    @TempDir
    static Path home;

    private static Path myofuse;

    @BeforeAll
    static void installation() {
        myofuse = Path.of(System.getProperty("myofuse.distribution.dir", "target/myofuse"), "bin", "myofuse");
    }

    @Test
    void helpIsPrintedAndBadUsageIsOneLineWithExit2() throws Exception {
        Result help = run("", "--help");
        assertEquals(0, help.code, help.err);
        assertTrue(help.out.startsWith("Usage: myofuse [GLOBAL OPTIONS] [COMMAND [OPTIONS]]\n"), help.out);
        assertTrue(help.out.contains("\n  completion "), help.out);
        assertTrue(run("", "run", "--help").out.startsWith("Usage: myofuse run --headless"));

        Result bad = run("", "run", "--frob");
        assertEquals(2, bad.code);
        assertEquals("myofuse: unknown option --frob for run (see myofuse run --help)\n", bad.err);
        assertEquals("", bad.out);
    }

    @Test
    void theCompletionScriptRegistersMyofuseInBashAndCompletesItsCommands() throws Exception {
        String source = "source <('" + myofuse + "' --home '" + home + "' completion bash)";
        Process bash = new ProcessBuilder("bash", "-c", source + " && complete -p myofuse"
                + " && COMP_WORDS=(myofuse ru) COMP_CWORD=1 COMP_LINE='myofuse ru' COMP_POINT=10"
                + " && _complete_myofuse && echo \"offers: ${COMPREPLY[*]}\"")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, bash.exitValue(), out);
        assertEquals("complete -o default -F _complete_myofuse myofuse\noffers: run\n", out);
    }

    @Test
    void theSettingsOfAnInstalledTypeAreListedAndAnUnknownTypeIsOneLine() throws Exception {
        Result settings = run("", "devices", "--settings", "sim-emg");
        assertEquals(0, settings.code, settings.err);
        assertTrue(settings.out.startsWith("Settings of sim-emg ("), settings.out);
        assertTrue(settings.out.lines().anyMatch(l -> l.matches("  seed +\\S.* long +1 .*")), settings.out);

        Result unknown = run("", "devices", "--settings", "nope");
        assertEquals(1, unknown.code);
        assertTrue(unknown.err.startsWith("myofuse: unknown device type 'nope'"), unknown.err);
        assertEquals(1, unknown.err.lines().count(), unknown.err);
    }

    @Test
    void theShellRunsGogoOnStdinAndLeavingItEndsTheProcessWith0() throws Exception {
        Result shell = run("lb commands\n", "shell");
        assertEquals(0, shell.code, shell.err);
        assertTrue(shell.out.contains("Myofuse commands"), "lb ran in the shell: " + shell.out);
        assertTrue(shell.out.contains("gosh: stopping shell and framework"), shell.out);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(myofuse.toString(), "--home", home.toString()));
        command.addAll(List.of(args));
        Path in = Files.writeString(Files.createTempFile(home, "in", ".txt"), input);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
