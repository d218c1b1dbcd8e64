package org.myofuse.api.recording;

import java.time.LocalDate;
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
 * @param startDateKnown   false when the file gave only a time of day: then {@code startEpochMillis} and the
 *                         streams' starts put that time of day on {@link #UNKNOWN_DATE} in the zone the
 *                         reader was given ({@link RecordingReader#read}), and whoever stores the recording
 *                         either moves it to a date the user names or keeps the date marked unknown
 */
public record Recording(String sessionId, String patientCode, String therapistCode, long startEpochMillis,
        List<RecordedStream> streams, List<Annotation> annotations, boolean startDateKnown) {

    /** The day a reader puts a time of day on when the file names no date (since 1.1). */
    public static final LocalDate UNKNOWN_DATE = LocalDate.EPOCH;

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

    /** A recording whose start date is known (the form of version 1.0 of this package). */
    public Recording(String sessionId, String patientCode, String therapistCode, long startEpochMillis,
            List<RecordedStream> streams, List<Annotation> annotations) {
        this(sessionId, patientCode, therapistCode, startEpochMillis, streams, annotations, true);
    }

    /** A recording without a therapist (imports, and sessions that named none). */
    public Recording(String sessionId, String patientCode, long startEpochMillis, List<RecordedStream> streams,
            List<Annotation> annotations) {
        this(sessionId, patientCode, "", startEpochMillis, streams, annotations, true);
    }

    /** The stream of one device, if recorded. */
    public RecordedStream stream(String deviceId) {
        return streams.stream().filter(s -> s.deviceId().equals(deviceId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("recording " + sessionId + " has no stream " + deviceId));
    }
}
