/**
 * A pressure mat simulated on the wire: it answers the protocol's commands and streams images on a
 * serial port (normally one end of a pseudo-terminal pair), so that the real driver can be tested and
 * demonstrated without hardware. Its images are the patient model of the embedded library
 * {@code org.myofuse.lib.simulation.mat}, the same the in-host {@code sim-mat} device plays. Private to
 * the bundle.
 */
package org.myofuse.mat.sim;
