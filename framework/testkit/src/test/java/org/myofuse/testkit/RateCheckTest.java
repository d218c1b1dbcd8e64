package org.myofuse.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceDriver;
import org.opentest4j.AssertionFailedError;

/**
 * The kit's rate check measures delivered samples: a driver whose index keeps time but that delivers
 * nothing after its first block (only gap records, at the declared rate) fails it, and the same driver
 * delivering its samples passes. The kit's test method is run on a kit instance as JUnit would, setup and teardown included.
 */
class RateCheckTest {

    /** The kit, set up for the paced test driver. */
    static final class PacedKit extends DriverConformance {

        private final boolean onlyGaps;

        PacedKit(boolean onlyGaps) {
            this.onlyGaps = onlyGaps;
        }

        @Override
        protected DeviceDriver<?> driver() {
            return new PacedDriver(onlyGaps);
        }

        @Override
        protected String deviceSpec() {
            return PacedDriver.TYPE_ID;
        }

        void runRateCheck() throws Exception {
            startHost();
            try {
                theDeclaredRateIsHeld();
            } finally {
                stopHost();
            }
        }
    }

    @Test
    void aDriverPublishingOnlyGapsAtTheDeclaredRateFailsTheRateCheck() throws Exception {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, new PacedKit(true)::runRateCheck);
        assertTrue(failure.getMessage().startsWith("measured 0.0 delivered frames/s"), failure.getMessage());
    }

    @Test
    void theSameDriverDeliveringItsSamplesPasses() throws Exception {
        new PacedKit(false).runRateCheck();
    }
}
