/**
 * An HX711 load cell sketch simulated on the wire, so that the real driver can be tested and
 * demonstrated without hardware. Private to the bundle.
 */
package org.myofuse.line.sim;
