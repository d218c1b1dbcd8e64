package org.myofuse.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkStorageTest {

    @Test
    void theFirstProcessShouldGetTheSharedCache(@TempDir Path home) throws LaunchFailure {
        try (FrameworkStorage storage = FrameworkStorage.acquire(home)) {
            assertEquals(home.resolve("cache/felix"), storage.dir());
            assertFalse(storage.isPrivate());
        }
    }

    @Test
    void whileTheSharedCacheIsHeldASecondHostShouldGetAPrivateOneThatIsDeletedOnClose(@TempDir Path home)
            throws LaunchFailure, IOException {
        try (FrameworkStorage first = FrameworkStorage.acquire(home)) {
            FrameworkStorage second = FrameworkStorage.acquire(home);
            assertTrue(second.isPrivate());
            assertEquals(home.resolve("cache/felix-" + ProcessHandle.current().pid()), second.dir());
            Files.createDirectories(second.dir().resolve("bundle1/data"));
            Files.writeString(second.dir().resolve("bundle1/data/x"), "x");
            second.close();
            assertFalse(Files.exists(second.dir()));
            assertTrue(Files.exists(home.resolve("cache")));
        }
    }

    @Test
    void theSharedCacheShouldBeFreeAgainAfterClose(@TempDir Path home) throws LaunchFailure {
        FrameworkStorage.acquire(home).close();
        try (FrameworkStorage again = FrameworkStorage.acquire(home)) {
            assertFalse(again.isPrivate());
        }
    }

    @Test
    void privateCachesOfDeadProcessesShouldBeSweptButNotThoseOfLiveOnes(@TempDir Path home)
            throws LaunchFailure, IOException, InterruptedException {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path dead = Files.createDirectories(home.resolve("cache/felix-" + finished.pid() + "/bundle0"));
        Path alive = Files.createDirectories(home.resolve("cache/felix-" + ProcessHandle.current().pid()));
        try (FrameworkStorage storage = FrameworkStorage.acquire(home)) {
            assertFalse(Files.exists(dead.getParent()), "dead process's cache removed");
            assertTrue(Files.exists(alive), "a running process's cache is kept");
        }
    }

    @Test
    void anUnusableHomeShouldBeAFailureNamingTheCache(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("home"), "");
        var e = org.junit.jupiter.api.Assertions.assertThrows(LaunchFailure.class, () -> FrameworkStorage.acquire(file));
        assertTrue(e.getMessage().startsWith("cannot create " + file.resolve("cache") + ": "), e.getMessage());
    }
}
