package org.myofuse.api.recording;

import java.util.List;
import java.util.Objects;

/**
 * A session as the writers see it: the streams it recorded and what happened on its timeline.
 *
 * @param sessionId        session id (or the imported file's name); "" if none
 * @param patientCode      pseudonymous patient code; "" if none. Never a name: exports leave the clinic
 * @param therapistCode    code of the therapist who ran the session; "" if none. Never a name, as above
 * @param startEpochMillis wall-clock start of the session, ms since the Unix epoch (UTC); annotation onsets count from here
 * @param streams          the streams, at least one
 * @param annotations      events, cues, protocol steps and notes, in any order
 */
public record Recording(String sessionId, String patientCode, String therapistCode, long startEpochMillis,
        List<RecordedStream> streams, List<Annotation> annotations) {

    public Recording {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(patientCode, "patientCode");
        Objects.requireNonNull(therapistCode, "therapistCode");
        streams = List.copyOf(streams);
        annotations = List.copyOf(annotations);
        if (streams.isEmpty()) {
            throw new IllegalArgumentException("recording " + sessionId + " has no stream");
        }
        if (streams.stream().map(RecordedStream::deviceId).distinct().count() != streams.size()) {
            throw new IllegalArgumentException("recording " + sessionId + " has two streams of the same device");
        }
    }

    /** A recording without a therapist (imports, and sessions that named none). */
    public Recording(String sessionId, String patientCode, long startEpochMillis, List<RecordedStream> streams,
            List<Annotation> annotations) {
        this(sessionId, patientCode, "", startEpochMillis, streams, annotations);
    }

    /** The stream of one device, if recorded. */
    public RecordedStream stream(String deviceId) {
        return streams.stream().filter(s -> s.deviceId().equals(deviceId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("recording " + sessionId + " has no stream " + deviceId));
    }
}
