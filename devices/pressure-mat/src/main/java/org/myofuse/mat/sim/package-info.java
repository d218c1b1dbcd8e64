/**
 * A pressure mat simulated on the wire: it answers the protocol's commands and streams images on a
 * serial port (normally one end of a pseudo-terminal pair), so that the real driver can be tested and
 * demonstrated without hardware. Private to the bundle.
 */
package org.myofuse.mat.sim;
