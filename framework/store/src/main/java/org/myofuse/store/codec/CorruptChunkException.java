package org.myofuse.store.codec;

/** A stored chunk cannot be decoded; the message says why in one line. */
public final class CorruptChunkException extends Exception {

    private static final long serialVersionUID = 1L;

    public CorruptChunkException(String message) {
        super(message);
    }
}
