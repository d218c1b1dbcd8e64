package org.myofuse.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A failure leaves nothing behind: a run refused for a device spec, a setting, the driver's own rule, a
 * patient or a therapist is one line with its exit code, and {@code myofuse sessions} is unchanged after
 * them, through the installed {@code bin/myofuse} on a data folder that already holds a session. The
 * session list is read once after all the refusals rather than after each: a stored session stays
 * listed, so one left by any refused run shows at the end, and each listing is a JVM booting Felix.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RefusedRunIT {

    @TempDir
    static Path home;

    private static InstalledMyofuse myofuse;
    private static String sessionsBefore;
    private static final AtomicInteger REFUSED = new AtomicInteger();

    @BeforeAll
    static void recordOneSession() throws Exception {
        myofuse = new InstalledMyofuse(home);
        assertEquals(0, myofuse.run("patients", "add", "P-1", "--consent").code());
        assertEquals(0, myofuse.run("therapists", "add", "TK").code());
        var run = myofuse.run("run", "--headless", "--duration", "1s", "--patient", "P-1", "--therapist", "TK",
                "--device", "sim-emg");
        assertEquals(0, run.code(), run.err());
        sessionsBefore = myofuse.run("sessions").out();
        assertTrue(sessionsBefore.lines().anyMatch(l -> l.matches("1 +P-1 +TK .*COMPLETE")), sessionsBefore);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "--device nope => 1 => myofuse: cannot add device nope: unknown device type 'nope' (installed: iastm-force, line-device, openbci-cyton, pressure-mat, sim-emg, sim-iastm, sim-mat)",
            "--device sim-emg?chanels=4 => 1 => myofuse: cannot add device sim-emg?chanels=4: unknown setting 'chanels' for device type sim-emg (known: ",
            "--device sim-emg?seed=many => 1 => myofuse: cannot add device sim-emg?seed=many: invalid value 'many' for sim-emg setting 'seed': ",
            "--device sim-emg?meanForceN=30&peakForceN=10 => 1 => myofuse: cannot add device sim-emg?meanForceN=30&peakForceN=10: sim-emg: meanForceN 30 N: must be 40-80 % of peakForceN 10 N",
            "--device openbci-cyton => 1 => myofuse: cannot add device openbci-cyton: device type openbci-cyton needs a port (openbci-cyton@PORT)",
            "--device sim-emg --device sim-mat?name=-mat => 1 => myofuse: cannot add device sim-mat?name=-mat: device name '-mat' may only contain",
            "--device sim-emg?name=a --device sim-emg?name=a => 1 => myofuse: cannot add device sim-emg?name=a: a sim-emg device named 'a' is already among the --device specs",
            "--device sim-emg?seed => 2 => myofuse: device spec 'sim-emg?seed': expected key=value, got 'seed' (see myofuse run --help)",
            "--patient P-404 => 1 => myofuse: cannot start recording: unknown patient P-404 (register with: myofuse patients add P-404)",
            "--therapist ZZ => 1 => myofuse: cannot start recording: unknown therapist ZZ (register with: myofuse therapists add ZZ)",
            "--patient P-1 --therapist ZZ --device sim-mat => 1 => myofuse: cannot start recording: unknown therapist ZZ (register with: myofuse therapists add ZZ)" })
    void aRefusedRunIsOneLineAndStoresNothing(String options, int code, String message) throws Exception {
        var args = new java.util.ArrayList<>(java.util.List.of("run", "--headless", "--duration", "1s"));
        args.addAll(java.util.List.of(options.split(" ")));
        var refused = myofuse.run(args.toArray(String[]::new));
        assertEquals(code, refused.code(), refused.out() + refused.err());
        assertEquals(1, refused.err().lines().count(), "one line: " + refused.err());
        assertTrue(refused.err().startsWith(message), refused.err());
        assertTrue(!refused.out().contains("recording session") && !refused.out().contains("streaming"),
                "nothing began: " + refused.out());
        REFUSED.incrementAndGet();
    }

    @Test
    @Order(2)
    void theRefusedRunsStoredNoSession() throws Exception {
        assertEquals(sessionsBefore, myofuse.run("sessions").out(), "after " + REFUSED.get() + " refused runs");
    }
}
