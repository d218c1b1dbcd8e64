package org.myofuse.api.store;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Patients' treatment programs (e.g. 12 weeks of two sessions a week). Thread-safe; methods do
 * database I/O and may block: never call them from a driver thread or the UI thread.
 */
@ProviderType
public interface ProgramRegistry {

    /** The patient's program, if one was registered. */
    Optional<Program> program(String patientCode) throws StoreException;

    /**
     * Registers or replaces a patient's treatment program.
     *
     * @throws StoreException unknown patient, or a value out of range; one line
     */
    Program setProgram(String patientCode, Program program) throws StoreException;
}
