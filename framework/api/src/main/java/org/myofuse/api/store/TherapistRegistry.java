package org.myofuse.api.store;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The therapists known to the store; a session names the one who ran it. Thread-safe; methods do
 * database I/O and may block.
 */
@ProviderType
public interface TherapistRegistry {

    /**
     * Registers a therapist.
     *
     * @throws StoreException if the code is already registered, or the database fails; one line
     */
    Therapist addTherapist(Therapist therapist) throws StoreException;

    /** One therapist by code. */
    Optional<Therapist> therapist(String code) throws StoreException;

    /** All therapists, sorted by code. */
    List<Therapist> therapists() throws StoreException;
}
