package org.myofuse.commands.cli;

import java.util.List;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code myofuse completion bash|zsh}: the completion script picocli generates from the commands' annotations. */
@Command(name = Completion.NAME,
        header = "print a shell completion script: myofuse completion bash|zsh",
        customSynopsis = "myofuse completion bash|zsh",
        description = {
                "Prints a script that completes myofuse's commands and options in bash or zsh (zsh runs",
                "it through its bash completion support). To use it in the current shell:",
                "  source <(myofuse completion bash)",
                "and for every new shell add that line to ~/.bashrc (or, with zsh, to ~/.zshrc)." })
final class Completion implements CliCommand {

    static final String NAME = "completion";

    private static final List<String> SHELLS = List.of("bash", "zsh");

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", hideParamSyntax = true, paramLabel = "SHELL", description = "bash or zsh")
    private String shell;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        if (shell == null) {
            throw new UsageException("completion needs a shell: bash or zsh " + Values.hint(NAME));
        }
        if (!SHELLS.contains(shell)) {
            throw new UsageException("unknown shell '" + shell + "': bash or zsh " + Values.hint(NAME));
        }
        // One script for both: picocli's script loads zsh's bashcompinit when zsh runs it.
        return new TextRequest(AutoComplete.bash("myofuse", spec.root().commandLine()));
    }
}
