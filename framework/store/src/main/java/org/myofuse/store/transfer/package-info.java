/**
 * The file formats installed for session export and import ({@link org.myofuse.store.transfer.RecordingFormats}).
 * Private to the store bundle.
 */
package org.myofuse.store.transfer;
