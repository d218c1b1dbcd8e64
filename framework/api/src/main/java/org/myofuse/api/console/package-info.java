/**
 * The clinician console as the command line reaches it: {@link org.myofuse.api.console.Console} opens
 * the console window for a session ({@link org.myofuse.api.console.ConsoleRequest}) and gives back a
 * {@link org.myofuse.api.console.ConsoleRun} to wait on or close. The console bundle provides the
 * service; {@code myofuse} and {@code myofuse console} use it, and run headless when it is missing or
 * the machine has no display ({@link org.myofuse.api.console.ConsoleUnavailableException}).
 */
@Export
@Version("1.0.0")
package org.myofuse.api.console;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
