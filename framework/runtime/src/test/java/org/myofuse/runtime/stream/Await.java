package org.myofuse.runtime.stream;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

/** Waits for a condition that other threads make true; fails the test after a generous timeout. */
public final class Await {

    private static final long TIMEOUT_MILLIS = 10_000;

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out after " + TIMEOUT_MILLIS + " ms waiting until " + what);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting until " + what);
            }
        }
    }
}
