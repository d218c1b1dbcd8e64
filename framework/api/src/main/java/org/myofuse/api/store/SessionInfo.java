package org.myofuse.api.store;

import java.util.Objects;

/**
 * A stored session.
 *
 * @param id               session id
 * @param patientId        pseudonymous patient code, "" if none
 * @param therapistId      code of the therapist who ran it, "" if none was given
 * @param protocolId       protocol id, "" if none
 * @param protocolVersion  protocol version, "" if none
 * @param startEpochMillis start, wall-clock ms since the Unix epoch (UTC)
 * @param endEpochMillis   end, or -1 while recording
 * @param status           status
 * @param startDateKnown   false for a session imported from files that carried only a time of day, when
 *                         the user gave no date: the start is then that time of day on
 *                         {@link org.myofuse.api.recording.Recording#UNKNOWN_DATE} in the system's zone,
 *                         and what shows the start shows the date as unknown (since 1.4)
 */
public record SessionInfo(String id, String patientId, String therapistId, String protocolId, String protocolVersion,
        long startEpochMillis, long endEpochMillis, SessionStatus status, boolean startDateKnown) {

    public SessionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(therapistId, "therapistId");
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(protocolVersion, "protocolVersion");
        Objects.requireNonNull(status, "status");
    }

    /** A session whose start date is known (the form of versions 1.1 to 1.3 of this package). */
    public SessionInfo(String id, String patientId, String therapistId, String protocolId, String protocolVersion,
            long startEpochMillis, long endEpochMillis, SessionStatus status) {
        this(id, patientId, therapistId, protocolId, protocolVersion, startEpochMillis, endEpochMillis, status, true);
    }

    /** A session without a therapist (the form of version 1.0 of this package). */
    public SessionInfo(String id, String patientId, String protocolId, String protocolVersion, long startEpochMillis,
            long endEpochMillis, SessionStatus status) {
        this(id, patientId, "", protocolId, protocolVersion, startEpochMillis, endEpochMillis, status, true);
    }
}
