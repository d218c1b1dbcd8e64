/**
 * A recording as files see it: its streams (device, channels, start time, rate, gaps, and a reader
 * over the frames), its annotations, and the {@link org.myofuse.api.recording.RecordingWriter} and
 * {@link org.myofuse.api.recording.RecordingReader} services that move it to and from the formats
 * researchers use (CSV, EDF+, BDF+, OpenBCI GUI, BrainFlow). The store builds a recording from a stored
 * session for export and stores one read from files for import; the formats bundle provides the
 * writers and readers.
 *
 * <p>1.1: {@link org.myofuse.api.recording.Recording#startDateKnown()} for files that carry only a
 * time of day.
 */
@Export
@Version("1.1.0")
package org.myofuse.api.recording;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
