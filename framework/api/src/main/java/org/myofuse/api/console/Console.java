package org.myofuse.api.console;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The clinician console, provided as an OSGi service by the console bundle: one window showing the
 * live devices, force, EMG, pressure mat and cues of the session it records.
 *
 * <p>Thread-safe; one console at a time per host. {@link #open} must not be called on a driver, bus
 * or UI thread: it does store and device I/O on the calling thread.
 */
@ProviderType
public interface Console {

    /**
     * Opens the console: checks that a display can be opened, checks every device request, the patient
     * and the therapist (as {@code myofuse run} does, before anything is stored), begins the session
     * when a session store is installed, adds the devices and shows the window. Returns once the window
     * is shown.
     *
     * @throws ConsoleUnavailableException when no display can be opened (nothing has been stored or
     *                                     configured; the caller may run headless instead)
     * @throws ConsoleException            when a request is refused (unknown device type or setting,
     *                                     unregistered patient, another console open, ...); nothing has
     *                                     been stored; one line
     */
    ConsoleRun open(ConsoleRequest request) throws ConsoleException;
}
