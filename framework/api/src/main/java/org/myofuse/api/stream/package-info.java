/**
 * The sample model and the stream bus.
 *
 * <p>Samples leave a driver by being written into a preallocated {@link org.myofuse.api.stream.SampleBlock}
 * and published; the bus copies the block into one bounded ring per consumer and wakes the consumer's
 * own thread. A driver thread never blocks on a consumer: a consumer that falls behind loses blocks,
 * and every lost block is counted against that consumer and reported in the next block it does get.
 *
 * <p>Times are nanoseconds on one monotonic {@link org.myofuse.api.stream.SessionClock}. Sample
 * indices are the device's own, counted from 0 at stream start; missing samples are announced by
 * explicit gap blocks, never silently skipped.
 */
@Export
@Version("1.0.0")
package org.myofuse.api.stream;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
