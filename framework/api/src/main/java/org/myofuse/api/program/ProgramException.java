package org.myofuse.api.program;

/** A program or its progress could not be read: an unknown patient or plan, a store failure. The message is one line. */
public class ProgramException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProgramException(String message) {
        super(message);
    }

    public ProgramException(String message, Throwable cause) {
        super(message, cause);
    }
}
