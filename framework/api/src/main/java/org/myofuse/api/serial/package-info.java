/**
 * The serial transport shared by every serial device driver: port discovery, one reader thread per
 * open port stamping arrival times on the session clock, a command write path, disconnect detection
 * (end of input, I/O error, or a no-data watchdog) and automatic reopening of the same path with
 * backoff, bounded close, per-port statistics, and virtual port pairs for wire simulators.
 *
 * <p>A driver obtains a {@link org.myofuse.api.serial.SerialTransport} service, opens a
 * {@link org.myofuse.api.serial.SerialLink} with a {@link org.myofuse.api.serial.SerialListener} that
 * decodes the bytes in place, and writes commands through the link. A driver bundle also registers a
 * {@link org.myofuse.api.serial.WireSimulator} that speaks the device's documented protocol on one end
 * of a {@link org.myofuse.api.serial.VirtualPortPair}, which behaves exactly like a USB CDC or FTDI
 * port. The serial bundle provides the implementation (jSerialComm); see docs/plugins.md for a driver
 * written end to end.
 */
@Export
@Version("1.1.0")
package org.myofuse.api.serial;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
