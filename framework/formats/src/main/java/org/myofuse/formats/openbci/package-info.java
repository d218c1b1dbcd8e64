/**
 * Imports of OpenBCI recordings, registered as {@link org.myofuse.api.recording.RecordingReader}
 * services: {@code openbci} ({@link org.myofuse.formats.openbci.OpenBciGuiReader}, every generation of
 * the OpenBCI GUI text format) and {@code brainflow} ({@link org.myofuse.formats.openbci.BrainFlowCsvReader}).
 * Private to the bundle.
 */
package org.myofuse.formats.openbci;
