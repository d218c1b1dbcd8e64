package org.myofuse.api.recording;

import org.osgi.annotation.versioning.ConsumerType;

/** Told how far a long export has come; called on the writing thread, at most once per data record. */
@ConsumerType
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} frames written, summed over the streams being written. */
    void progress(long done, long total);
}
