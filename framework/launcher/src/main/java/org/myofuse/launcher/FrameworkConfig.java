package org.myofuse.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The framework properties of a Myofuse host. */
final class FrameworkConfig {

    /** Version of {@code org.myofuse.api.host}; must match its package-info (checked by a test). */
    static final String HOST_API_VERSION = "1.0.0";

    /** Start level of the platform: everything in bundle/ and plugins/ but the command bundles. */
    static final int PLATFORM_START_LEVEL = 1;

    /** Start level of the bundles that carry out the command line; see {@link #START_LEVEL_HEADER}. */
    static final int COMMAND_START_LEVEL = 2;

    /**
     * Manifest header by which a bundle asks for {@link #COMMAND_START_LEVEL}. The commands bundle does:
     * it starts only once the platform is up, and stops before the services it drives, so a run ended
     * by a signal can still remove its devices and print its summary.
     */
    static final String START_LEVEL_HEADER = "Myofuse-StartLevel";

    /** FileInstall poll interval: a plugin dropped into plugins/ starts within about a second. */
    static final String POLL_MILLIS = "500";

    private FrameworkConfig() {
    }

    static Map<String, String> properties(Path storage, List<Path> watchedDirs) {
        Map<String, String> p = new HashMap<>();
        p.put("org.osgi.framework.storage", storage.toString());
        // The launcher owns the bundle set: reinstall it from bundle/ at every start.
        p.put("org.osgi.framework.storage.clean", "onFirstInit");
        // The only package the bundles get from the launcher: the host API, which it implements.
        p.put("org.osgi.framework.system.packages.extra", "org.myofuse.api.host;version=\"" + HOST_API_VERSION + "\"");
        // The launcher raises the level to COMMAND_START_LEVEL itself once the platform is up.
        p.put("org.osgi.framework.startlevel.beginning", Integer.toString(PLATFORM_START_LEVEL));

        if (!watchedDirs.isEmpty()) {
            p.put("felix.fileinstall.dir", watchedDirs.stream().map(Path::toString).collect(Collectors.joining(",")));
        }
        p.put("felix.fileinstall.poll", POLL_MILLIS);
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.bundles.new.start", "true");
        // Only bundles and configuration files: README.txt and editor backups are not artifacts.
        p.put("felix.fileinstall.filter", ".*\\.(jar|cfg|config)");
        p.put("felix.fileinstall.log.level", "2");
        // JUL goes to stderr, keeping stdout for the command's own output.
        p.put("felix.fileinstall.log.default", "jul");

        // Gogo's own console stays off: an interactive console on a closed stdin stops the framework.
        // 'myofuse shell' opens a console itself, through Gogo's CommandProcessor, once the command
        // line has been parsed.
        p.put("gosh.args", "--nointeractive");
        return p;
    }
}
