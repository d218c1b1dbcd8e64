/**
 * The driver conformance kit: extend {@link org.myofuse.testkit.DriverConformance} in a JUnit 5 test
 * of your driver bundle to check it against the device SPI contract on the host's real device manager
 * and stream bus (no OSGi needed). The kit compiles against the API only: the host is the runtime's
 * {@link org.myofuse.api.runtime.StandaloneRuntime} and the serial transport the serial bundle's, both
 * found with {@link java.util.ServiceLoader}. 2.0: {@code Await} is gone (use Awaitility, or
 * {@link org.myofuse.testkit.TestHost#await}); {@link org.myofuse.testkit.TestHost#manager()} is the API's
 * {@link org.myofuse.api.device.DeviceManager}. 2.1: {@link org.myofuse.testkit.PseudoTerminalBench} and
 * {@link org.myofuse.testkit.RecordingStream} for a driver's own tests; {@link org.myofuse.testkit.DriverTestContext}
 * starts and stops a connection behind the host's accepting window.
 *
 * <p>A test library used on the class path of a driver's tests, never installed in a host: the
 * package is versioned for vendors but not exported, since only {@code org.myofuse.api.*} packages
 * cross bundles.
 */
@Version("2.1.0")
package org.myofuse.testkit;

import org.osgi.annotation.versioning.Version;
