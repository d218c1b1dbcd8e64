package org.myofuse.api.host;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where this host keeps things: the data folder of the user running it and the installation's folders.
 * Registered by the launcher through the system bundle before any bundle starts; a host that is not
 * the Myofuse launcher (an integration test, an embedding application) registers its own.
 *
 * <p>Thread-safe and constant for the life of the host; no method does I/O.
 */
@ProviderType
public interface HostEnvironment {

    /**
     * The data folder ({@code --home}, {@code $MYOFUSE_HOME} or {@code ~/.local/share/myofuse}), created
     * and writable: the session database, caches and per-user settings live here.
     */
    Path home();

    /** The installation folder, holding {@code lib/}, {@code bundle/}, {@code plugins/} and {@code etc/}. */
    Path installDir();

    /** The hot-deploy folder: a plugin bundle dropped here while the host runs is installed and started. */
    default Path pluginsDir() {
        return installDir().resolve("plugins");
    }

    /** The configuration folder, watched while the host runs ({@code .cfg} files, protocol files). */
    default Path etcDir() {
        return installDir().resolve("etc");
    }
}
