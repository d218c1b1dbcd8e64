package org.myofuse.api.store;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The recorder's health, for status lines and the console. Thread-safe and cheap: no I/O.
 */
@ProviderType
public interface RecordingMonitor {

    /** False while recording is paused by a database error (disk full, lost connection). */
    boolean recordingHealthy();

    /** The alarm while recording is paused: one line naming the session and the database error. */
    Optional<String> recordingAlarm();
}
