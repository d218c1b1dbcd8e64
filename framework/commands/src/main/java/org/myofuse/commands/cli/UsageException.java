package org.myofuse.commands.cli;

/**
 * The command line is wrong. The message is one line without the program name, ending with where to
 * find help, e.g. {@code "unknown option --frob for run (see myofuse run --help)"}; the commands bundle
 * prints it after {@code "myofuse: "} on stderr and exits with status 2.
 */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
