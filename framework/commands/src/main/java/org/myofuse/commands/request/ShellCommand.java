package org.myofuse.commands.request;

/** {@code myofuse shell}: the interactive Gogo shell on the terminal; exits when the shell ends. */
public record ShellCommand() implements Command {

    @Override
    public String name() {
        return "shell";
    }
}
