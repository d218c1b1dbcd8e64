package org.myofuse.commands.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.device.DeviceRequest;

/** {@code myofuse completion bash|zsh}, sourced by a real bash. */
class CompletionTest {

    private final CommandLineParser parser = new CommandLineParser("1.2.3", DeviceRequest::parse);

    @TempDir
    Path dir;

    private String script(String shell) throws UsageException {
        return assertInstanceOf(TextRequest.class, parser.parse(List.of("completion", shell))).text();
    }

    /** Runs {@code commands} in bash after sourcing the bash script; returns its stdout. */
    private String bash(String commands) throws Exception {
        Path script = Files.writeString(dir.resolve("myofuse-completion"), script("bash"));
        Process p = new ProcessBuilder("bash", "-c", "source " + script + " && " + commands)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "bash finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** The words bash offers for the line {@code words}, the last one being completed. */
    private String offered(String... words) throws Exception {
        String line = String.join(" ", words);
        String array = String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
        return bash("COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line
                + "'; COMP_POINT=" + line.length() + "; _complete_myofuse; echo \"${COMPREPLY[*]}\"").strip();
    }

    @Test
    void sourcingTheBashScriptShouldRegisterTheCompletionOfMyofuse() throws Exception {
        assertEquals("complete -o default -F _complete_myofuse myofuse", bash("complete -p myofuse").strip());
    }

    @Test
    void completingShouldOfferTheCommandsAndTheirOptions() throws Exception {
        assertEquals("run", offered("myofuse", "ru"));
        assertEquals("add list", offered("myofuse", "patients", ""));
        List<String> runOptions = List.of(offered("myofuse", "run", "--d").split(" "));
        assertTrue(runOptions.containsAll(List.of("--device", "--duration")), runOptions.toString());
        assertTrue(List.of(offered("myofuse", "devices", "--").split(" ")).contains("--settings"));
    }

    @Test
    void zshShouldGetTheSameScriptWhichLoadsBashcompinitThere() throws UsageException {
        String bash = script("bash");
        assertEquals(bash, script("zsh"));
        assertTrue(bash.contains("autoload -U +X bashcompinit && bashcompinit"), "zsh's bash completion support");
    }

    @Test
    void aMissingOrUnknownShellShouldBeOneLine() {
        assertEquals("completion needs a shell: bash or zsh (see myofuse completion --help)",
                assertThrows(UsageException.class, () -> parser.parse(List.of("completion"))).getMessage());
        assertEquals("unknown shell 'fish': bash or zsh (see myofuse completion --help)",
                assertThrows(UsageException.class, () -> parser.parse(List.of("completion", "fish"))).getMessage());
        assertEquals("unexpected argument 'zsh' for completion (see myofuse completion --help)",
                assertThrows(UsageException.class, () -> parser.parse(List.of("completion", "bash", "zsh"))).getMessage());
    }

    @Test
    void theGeneralHelpShouldListCompletion() throws IOException, UsageException {
        String help = assertInstanceOf(TextRequest.class, parser.parse(List.of("--help"))).text();
        assertTrue(help.contains("\n  completion "), help);
        assertTrue(assertInstanceOf(TextRequest.class, parser.parse(List.of("help", "completion"))).text()
                .startsWith("Usage: myofuse completion bash|zsh"));
        assertFalse(help.contains("\u001b["), "plain text, no colours");
    }
}
