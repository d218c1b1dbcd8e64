/**
 * The serial transport shared by every serial device driver: port discovery, one reader thread per
 * open port stamping arrival times on the session clock, a command write path, disconnect detection
 * (end of input, I/O error, or a no-data watchdog) and automatic reopening of the same path with
 * backoff, bounded close, and per-port statistics.
 *
 * <p>A driver obtains a {@link org.myofuse.serial.SerialTransport} service, opens a
 * {@link org.myofuse.serial.SerialLink} with a {@link org.myofuse.serial.SerialListener} that decodes
 * the bytes in place, and writes commands through the link. Pseudo-terminals (for simulators and
 * tests) behave exactly like USB CDC or FTDI ports; {@link org.myofuse.serial.PseudoTerminalPair}
 * creates a pair with socat.
 */
@Export
@Version("1.1.0")
package org.myofuse.serial;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
