/**
 * The driver conformance kit: extend {@link org.myofuse.testkit.DriverConformance} in a JUnit 5 test
 * of your driver bundle to check it against the device SPI contract on the host's real device manager
 * and stream bus (no OSGi needed).
 */
@Export
@Version("1.0.0")
package org.myofuse.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
