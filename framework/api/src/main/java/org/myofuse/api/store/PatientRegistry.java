package org.myofuse.api.store;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The patients known to the store. Thread-safe; methods do database I/O and may block.
 */
@ProviderType
public interface PatientRegistry {

    /**
     * Registers a patient.
     *
     * @throws StoreException if the code is already registered, or the database fails; one line
     */
    Patient addPatient(Patient patient) throws StoreException;

    /** One patient by code. */
    Optional<Patient> patient(String code) throws StoreException;

    /** All patients, sorted by code. */
    List<Patient> patients() throws StoreException;
}
