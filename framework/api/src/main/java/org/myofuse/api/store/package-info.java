/**
 * Session store: patients, therapists, sessions and their recorded raw streams and events. Only the contract lives
 * here; the H2-backed implementation is provided by the store bundle.
 */
@Export
@Version("1.1.0")
package org.myofuse.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
