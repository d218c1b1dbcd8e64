package org.myofuse.api.store;

/** A store operation failed; the message is one line naming what (session, patient, file) and why. */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
