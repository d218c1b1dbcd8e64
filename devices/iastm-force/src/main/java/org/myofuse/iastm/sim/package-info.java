/** A force-sensing IASTM tool simulated on the wire, for tests and {@code myofuse simulate iastm-force}. Private to the bundle. */
package org.myofuse.iastm.sim;
