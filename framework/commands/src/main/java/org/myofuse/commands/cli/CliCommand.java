package org.myofuse.commands.cli;

/**
 * A command of the command line as picocli fills it in. Options check their values as they are read
 * (so the first mistake on the line is the one reported); what can only be judged once the whole line
 * is read (a missing argument, options that go together) is judged by {@link #invocation}.
 */
interface CliCommand {

    /**
     * What the command line asks for, once it is read to its end without a usage error.
     *
     * @throws UsageException if something is missing or does not go together, with a one-line message
     */
    Invocation invocation(Globals globals) throws UsageException;
}
