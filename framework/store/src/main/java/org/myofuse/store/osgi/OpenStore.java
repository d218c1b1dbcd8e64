package org.myofuse.store.osgi;

import org.myofuse.store.h2.H2SessionReview;
import org.myofuse.store.h2.H2SessionStore;

/**
 * An opened session database, registered as a service inside this bundle only by {@link StoreDatabase}
 * once the database opened: the store's API services exist exactly while it does.
 *
 * @param store  the sessions, registers and recorder
 * @param review replay, analyses and assessments
 */
record OpenStore(H2SessionStore store, H2SessionReview review) {
}
