package org.myofuse.api.console;

/** A console cannot be opened for a request; the message is one line naming what and why. */
public class ConsoleException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConsoleException(String message) {
        super(message);
    }

    public ConsoleException(String message, Throwable cause) {
        super(message, cause);
    }
}
