package org.myofuse.commands;

import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.myofuse.api.store.StoreException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

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

    /** What a command does with a store service; a store failure becomes the command's one-line failure. */
    interface Work<T> {
        int run(T service) throws CommandFailure, StoreException;
    }

    /** Gets the store service {@code type} (waiting as {@link #await} does), runs {@code work} on it, releases it. */
    static <T> int use(BundleContext context, Class<T> type, String what, Work<T> work) throws CommandFailure {
        ServiceReference<T> reference = await(() -> context.getServiceReference(type), what);
        T service = context.getService(reference);
        if (service == null) {
            throw new CommandFailure(what + ": the session store went away");
        }
        try {
            return work.run(service);
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        } finally {
            context.ungetService(reference);
        }
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
