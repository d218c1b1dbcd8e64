/**
 * The host's runtime without OSGi: the real device manager, stream bus and session clock in one plain
 * Java process, for the driver conformance kit, driver unit tests, benchmarks and applications that
 * embed the host. Inside OSGi the same parts are services (see {@link org.myofuse.api.device} and
 * {@link org.myofuse.api.stream}); nothing here is used there.
 *
 * <p>The runtime provides {@link org.myofuse.api.runtime.StandaloneRuntime} through
 * {@link java.util.ServiceLoader} ({@code META-INF/services} in the runtime jar), so callers need the
 * runtime on their class path at run time only and compile against this package alone.
 */
@Export
@Version("1.0.0")
package org.myofuse.api.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
