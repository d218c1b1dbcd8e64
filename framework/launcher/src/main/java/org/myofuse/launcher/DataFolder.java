package org.myofuse.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The per-user data folder: {@code --home DIR}, else {@code $MYOFUSE_HOME}, else
 * {@code $XDG_DATA_HOME/myofuse}, else {@code ~/.local/share/myofuse}.
 */
final class DataFolder {

    static final String HOME_VARIABLE = "MYOFUSE_HOME";
    static final String XDG_DATA_HOME = "XDG_DATA_HOME";

    private DataFolder() {
    }

    /**
     * Decides which folder to use, without touching the file system.
     *
     * @param option   the {@code --home} value, resolved against the working folder if relative
     * @param env      the environment
     * @param userHome the user's home folder
     */
    static Path resolve(Optional<Path> option, Map<String, String> env, Path userHome) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        String explicit = env.get(HOME_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String xdg = env.get(XDG_DATA_HOME);
        // The XDG base directory spec says a relative value is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "myofuse").normalize();
        }
        return userHome.resolve(".local").resolve("share").resolve("myofuse").toAbsolutePath().normalize();
    }

    /** Creates the folder if missing and checks that it is a writable folder. */
    static Path prepare(Path dir) throws LaunchFailure {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new LaunchFailure("data folder " + dir + " is not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LaunchFailure("cannot create data folder " + dir + ": " + LaunchFailure.reason(e), e);
        }
        if (!Files.isWritable(dir)) {
            throw new LaunchFailure("data folder " + dir + " is not writable");
        }
        return dir;
    }
}
