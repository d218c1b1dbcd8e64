package org.myofuse.protocols.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A refusal is logged once it has stood for the hold; one cleared within it never is; closing logs what is held. */
class ReportsTest {

    @Test
    void aRefusalClearedWithinTheHoldIsNeverLoggedAndOneThatStandsIs() throws InterruptedException {
        try (LogLines log = new LogLines(); Reports reports = new Reports(300)) {
            reports.refused("session.yaml", "refused session.yaml: waits for its include");
            reports.refused("broken.yaml", "refused broken.yaml: steps[1].x: bad");
            reports.cleared("session.yaml");
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !log.lines().isEmpty());
            Thread.sleep(400); // nothing more comes
            assertEquals(List.of("refused broken.yaml: steps[1].x: bad"), log.lines());
        }
    }

    @Test
    void closingLogsWhatIsStillHeld() {
        try (LogLines log = new LogLines()) {
            Reports reports = new Reports(60_000);
            reports.refused("a.yaml", "refused a.yaml: bad");
            assertEquals(List.of(), log.lines());
            reports.close();
            assertEquals(List.of("refused a.yaml: bad"), log.lines());
        }
    }
}
