/**
 * Real-time fusion service: the fused frame stream and typed therapy events (strokes, guarding,
 * withdrawal, overpressure, EMG onsets). Only the consumer-facing contract lives here; the processing
 * is provided by the fusion bundle.
 */
@Export
@Version("1.1.0")
package org.myofuse.api.fusion;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
