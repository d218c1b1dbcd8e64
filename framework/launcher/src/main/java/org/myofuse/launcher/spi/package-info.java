/**
 * What the launcher hands to the bundles that carry out a command line: the parsed command model,
 * its parser, and the {@link org.myofuse.launcher.spi.LaunchContext} service registered by the
 * launcher through the system bundle before any bundle starts.
 *
 * <p>This package is exported by the system bundle (it lives on the launcher's class path), so bundles
 * import it like any other package.
 */
@Export
@Version("1.2.0")
package org.myofuse.launcher.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
