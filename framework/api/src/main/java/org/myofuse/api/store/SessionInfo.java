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
 */
public record SessionInfo(String id, String patientId, String therapistId, String protocolId, String protocolVersion,
        long startEpochMillis, long endEpochMillis, SessionStatus status) {

    public SessionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(therapistId, "therapistId");
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(protocolVersion, "protocolVersion");
        Objects.requireNonNull(status, "status");
    }

    /** A session without a therapist (the form of version 1.0 of this package). */
    public SessionInfo(String id, String patientId, String protocolId, String protocolVersion, long startEpochMillis,
            long endEpochMillis, SessionStatus status) {
        this(id, patientId, "", protocolId, protocolVersion, startEpochMillis, endEpochMillis, status);
    }
}
