package org.myofuse.commands;

import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits briefly for a store service that the host may still be activating. */
final class StoreAccess {

    /** The store opens its database on activation: allow for a slow disk or a database server. */
    static final long WAIT_MILLIS = 5_000;

    private StoreAccess() {
    }

    /**
     * The service, or a failure naming what is missing.
     *
     * @param what the command, for the message ("patients", "sessions")
     */
    static <T> T await(Supplier<T> service, String what) throws CommandFailure {
        T found = awaitQuietly(service);
        if (found == null) {
            throw new CommandFailure(what + ": the session store is not available (bundle org.myofuse.store not "
                    + "installed, or its database could not be opened: see the messages above)");
        }
        return found;
    }

    /** The service, or null if it did not turn up in time. */
    static <T> T awaitQuietly(Supplier<T> service) {
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000L;
        T found = service.get();
        while (found == null && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(20_000_000L);
            found = service.get();
        }
        return found;
    }
}
