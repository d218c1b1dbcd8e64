package org.myofuse.commands;

import org.myofuse.api.store.PatientRegistry;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.store.TherapistRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Checks, before a run begins its session, that the patient and the therapist it names are registered,
 * with the store's own wording, so that a refused run has stored nothing. The store checks again when
 * the session begins; a register that is not there (yet) is left to that check.
 */
final class SessionPeople {

    private final BundleContext context;

    SessionPeople(BundleContext context) {
        this.context = context;
    }

    /** Refuses a patient or therapist code ("" for none) that is not registered. */
    void check(String patientId, String therapistId) throws CommandFailure {
        try {
            if (!patientId.isEmpty() && with(PatientRegistry.class, r -> r.patient(patientId).isEmpty())) {
                throw new CommandFailure("cannot start recording: unknown patient " + patientId
                        + " (register with: myofuse patients add " + patientId + ")");
            }
            if (!therapistId.isEmpty() && with(TherapistRegistry.class, r -> r.therapist(therapistId).isEmpty())) {
                throw new CommandFailure("cannot start recording: unknown therapist " + therapistId
                        + " (register with: myofuse therapists add " + therapistId + ")");
            }
        } catch (StoreException e) {
            throw new CommandFailure("cannot start recording: " + e.getMessage());
        }
    }

    private interface Question<T> {
        boolean ask(T registry) throws StoreException;
    }

    /** The register's answer; false when the register is not there. */
    private <T> boolean with(Class<T> type, Question<T> question) throws StoreException {
        ServiceReference<T> reference = context.getServiceReference(type);
        T registry = reference == null ? null : context.getService(reference);
        if (registry == null) {
            return false;
        }
        try {
            return question.ask(registry);
        } finally {
            context.ungetService(reference);
        }
    }
}
