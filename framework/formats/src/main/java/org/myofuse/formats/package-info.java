/**
 * The streaming model the exporters and importers share: a {@link org.myofuse.api.recording.Recording} of
 * {@link org.myofuse.api.recording.RecordedStream}s, whose frames are pulled through a
 * {@link org.myofuse.api.recording.FrameReader} so a writer never needs the whole session in memory; plus
 * {@link org.myofuse.formats.RecordingExporter} and {@link org.myofuse.formats.RecordingImporter}, the
 * entry points the store and the CLI call.
 */
@Export
@Version("1.0.0")
package org.myofuse.formats;

import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
