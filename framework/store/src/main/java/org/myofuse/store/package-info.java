/**
 * What the store bundle offers beyond {@link org.myofuse.api.store.SessionStore}: the patient and therapist registers,
 * the recorder's health and session exports and imports ({@link org.myofuse.store.SessionTransfer}),
 * for the commands and the console. Registered as services by the store
 * component next to {@code SessionStore}.
 */
@Export
@Version("0.3.0")
package org.myofuse.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
