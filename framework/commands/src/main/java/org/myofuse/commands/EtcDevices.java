package org.myofuse.commands;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceManager;

/** The device configuration files in the installation's etc/ folder, which FileInstall hands to ConfigAdmin. */
final class EtcDevices {

    /** How often {@link #await} looks again: FileInstall hands files over on its own thread, unannounced. */
    private static final long RECHECK_NANOS = 20_000_000L;

    private EtcDevices() {
    }

    /**
     * Waits, at most {@code timeoutMillis}, until the device manager has as many devices as there are
     * device configuration files in {@code etcDir}: FileInstall passes them to ConfigAdmin shortly
     * after start.
     */
    static void await(DeviceManager devices, Path etcDir, long timeoutMillis, BooleanSupplier cancelled) {
        int expected = count(etcDir);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (devices.devices().size() < expected && System.nanoTime() - deadline < 0 && !cancelled.getAsBoolean()) {
            LockSupport.parkNanos(RECHECK_NANOS);
        }
    }

    /** Number of {@code org.myofuse.device.*.cfg} (or {@code .config}) files in {@code etcDir}; 0 if it is missing. */
    static int count(Path etcDir) {
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(etcDir, DeviceDriver.FACTORY_PID_PREFIX + "*")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && (name.endsWith(".cfg") || name.endsWith(".config"))) {
                    n++;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return n;
    }
}
