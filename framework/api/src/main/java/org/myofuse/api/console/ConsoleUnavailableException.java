package org.myofuse.api.console;

/**
 * The console cannot show on this machine: no display is set, or it cannot be opened. Nothing was
 * stored or configured; the message is one line, e.g. {@code no display (DISPLAY is not set)}.
 */
public class ConsoleUnavailableException extends ConsoleException {

    private static final long serialVersionUID = 1L;

    public ConsoleUnavailableException(String message) {
        super(message);
    }

    public ConsoleUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
