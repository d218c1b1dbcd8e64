/**
 * A Cyton board simulated on the wire: it answers the board's commands and streams packets on a
 * serial port (normally one end of a pseudo-terminal pair), so that the real driver can be tested and
 * demonstrated without hardware. Private to the bundle.
 */
package org.myofuse.openbci.sim;
