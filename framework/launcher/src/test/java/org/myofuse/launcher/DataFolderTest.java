package org.myofuse.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path USER_HOME = Path.of("/home/therapist");

    @Test
    void homeOptionShouldWinOverEverything() {
        Path dir = DataFolder.resolve(Optional.of(Path.of("/srv/myofuse")),
                Map.of("MYOFUSE_HOME", "/env/home", "XDG_DATA_HOME", "/xdg"), USER_HOME);
        assertEquals(Path.of("/srv/myofuse"), dir);
    }

    @Test
    void aRelativeHomeOptionShouldBeResolvedAgainstTheWorkingFolder() {
        Path dir = DataFolder.resolve(Optional.of(Path.of("data/../mf")), Map.of(), USER_HOME);
        assertEquals(Path.of("").toAbsolutePath().resolve("mf"), dir);
    }

    @Test
    void myofuseHomeShouldWinOverXdg() {
        assertEquals(Path.of("/env/home"),
                DataFolder.resolve(Optional.empty(), Map.of("MYOFUSE_HOME", "/env/home", "XDG_DATA_HOME", "/xdg"), USER_HOME));
    }

    @Test
    void xdgDataHomeShouldBeUsedWhenAbsolute() {
        assertEquals(Path.of("/xdg/myofuse"), DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), USER_HOME));
    }

    @Test
    void aRelativeOrBlankXdgDataHomeShouldBeIgnoredAsTheSpecSays() {
        Path fallback = Path.of("/home/therapist/.local/share/myofuse");
        assertEquals(fallback, DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative/dir"), USER_HOME));
        assertEquals(fallback, DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", " "), USER_HOME));
        assertEquals(fallback, DataFolder.resolve(Optional.empty(), Map.of("MYOFUSE_HOME", ""), USER_HOME));
    }

    @Test
    void withoutAnySettingTheDefaultIsUnderTheUsersHome() {
        assertEquals(Path.of("/home/therapist/.local/share/myofuse"), DataFolder.resolve(Optional.empty(), Map.of(), USER_HOME));
    }

    @Test
    void prepareShouldCreateMissingFolders(@TempDir Path tmp) throws LaunchFailure {
        Path dir = tmp.resolve("a/b/myofuse");
        assertEquals(dir, DataFolder.prepare(dir));
        assertTrue(Files.isDirectory(dir));
        assertEquals(dir, DataFolder.prepare(dir), "an existing folder is fine");
    }

    @Test
    void aFileInTheWayShouldBeAOneLineFailure(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("home"), "not a folder");
        var e = assertThrows(LaunchFailure.class, () -> DataFolder.prepare(file));
        assertEquals("data folder " + file + " is not a folder", e.getMessage());

        var below = assertThrows(LaunchFailure.class, () -> DataFolder.prepare(file.resolve("sub")));
        assertTrue(below.getMessage().startsWith("cannot create data folder " + file.resolve("sub") + ": "),
                below.getMessage());
    }

    @Test
    void anUnwritableFolderShouldBeAFailure(@TempDir Path tmp) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            var e = assertThrows(LaunchFailure.class, () -> DataFolder.prepare(locked));
            assertEquals("data folder " + locked + " is not writable", e.getMessage());
            var below = assertThrows(LaunchFailure.class, () -> DataFolder.prepare(locked.resolve("x")));
            assertEquals("cannot create data folder " + locked.resolve("x") + ": permission denied", below.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
