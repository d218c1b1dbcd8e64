/**
 * The session store: sessions and their recording ({@link org.myofuse.api.store.SessionStore}), the
 * recorder's health ({@link org.myofuse.api.store.RecordingMonitor}), the registers of patients,
 * therapists and treatment programs, reviewing a stored session (replay into an analysis, stored
 * summary and events, pain assessments: {@link org.myofuse.api.store.SessionReview}), and moving
 * sessions to and from research file formats ({@link org.myofuse.api.store.SessionTransfer}).
 *
 * <p>Only the contract lives here; the store bundle provides every interface as an OSGi service (H2).
 * Every method does database I/O on the calling thread: never call one from a driver thread, a bus
 * dispatch thread or the UI thread, and never interrupt a thread that is in one (H2 closes its file).
 *
 * <p>1.4: one session from several files ({@link org.myofuse.api.store.SessionTransfer#importFiles}),
 * and {@link org.myofuse.api.store.SessionInfo#startDateKnown()}.
 *
 * <p>1.5: the journal origin {@link org.myofuse.api.store.JournalEntry#THERAPIST} and the entry type
 * {@link org.myofuse.api.store.JournalEntry#MARK} (a moment the therapist marked).
 *
 * <p>1.6: {@link org.myofuse.api.store.Program#planId()}, the program plan a program follows.
 */
@Export
@Version("1.6.0")
package org.myofuse.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
