package org.myofuse.commands.request;

/** {@code myofuse programs}: list the installed program plans. */
public record ProgramsCommand() implements Command {

    @Override
    public String name() {
        return "programs";
    }
}
