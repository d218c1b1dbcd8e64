package org.myofuse.api.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A patient's progress through their program, computed from the store: the program
 * ({@link org.myofuse.api.store.ProgramRegistry}), the patient's sessions and what their protocol runs
 * journaled (entries of origin {@code protocol}: {@code STEP_RESULT} per step, {@code PAIN_NRS}). Nothing
 * is kept between calls, so a session stored a moment ago counts at once.
 *
 * <p>Thread-safe; every method reads the database on the calling thread and may block: never call one
 * from a driver, bus or UI thread.
 */
@ProviderType
public interface ProgramProgress {

    /**
     * The patient's program and progress as of {@code today}.
     *
     * @return empty when the patient has no program
     * @throws ProgramException unknown patient, or the store failed; one line
     */
    Optional<PatientProgram> progress(String patientCode, LocalDate today) throws ProgramException;

    /**
     * The parameter values the patient's program sets for a session of {@code protocolId} starting now:
     * the current value of every progression rule of the phase the program is in today, when that phase
     * runs {@code protocolId}. The protocol engine applies them on top of the effective protocol (after
     * the clinic's overrides) when the run starts, and journals them as the parameters used.
     *
     * @return empty when the patient has no program with a plan, or today's phase runs another protocol
     * @throws ProgramException unknown patient, or the store failed; one line
     */
    List<ParameterValue> parametersFor(String patientCode, String protocolId) throws ProgramException;
}
