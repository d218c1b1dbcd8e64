/**
 * How the process around the OSGi framework reaches the bundles: the host's folders
 * ({@link org.myofuse.api.host.HostEnvironment}) and the command line being run
 * ({@link org.myofuse.api.host.CommandInvocation}). The launcher implements both outside the framework,
 * so this package lives in its own small bundle on the launcher's class path and is exported by the
 * system bundle; it is never installed as a bundle beside the launcher.
 */
@Export
@Version("1.0.0")
package org.myofuse.api.host;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
