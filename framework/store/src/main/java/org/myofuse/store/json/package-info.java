/**
 * A small JSON reader for the documents the store keeps (stream descriptors, session summaries), so
 * that bundles reading them back share one parser.
 */
@Export
@Version("1.0.0")
package org.myofuse.store.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
