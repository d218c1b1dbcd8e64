/** The simulated force-sensing IASTM tool, device type {@code sim-iastm}. */
package org.myofuse.simulator.iastm;
