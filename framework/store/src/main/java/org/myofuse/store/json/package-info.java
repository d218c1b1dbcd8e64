/**
 * A small JSON reader, exported only while the commands bundle's KeyMetrics still reads stored
 * summaries with it. The store itself reads its documents with Jackson. To be deleted, with the
 * export, once nothing imports it (the commands bundle is moving to the typed summary of
 * org.myofuse.api.analysis).
 */
@Export
@Version("1.0.0")
package org.myofuse.store.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
