package org.myofuse.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.distribution.InstalledMyofuse.Result;

/**
 * Programs through the installed {@code bin/myofuse}, each command in its own process on one data folder:
 * the shipped plan listed, assigned to a patient, and the progress printed as sessions are recorded and
 * scored; the progress report's program section.
 */
class ProgramCommandsIT {

    @TempDir
    static Path home;

    @Test
    void aPatientOnTheShippedPlanSeesTheProgressOfTheirSessions() throws Exception {
        Result plans = run("programs");
        assertEquals(0, plans.code(), plans.err());
        assertTrue(plans.out().startsWith("lumbar-12-week 1.0.0: Lumbar program, 12 weeks"), plans.out());
        assertTrue(plans.out().contains("  weeks 5-8: lumbar-session (Reconditioning (drills progressed)); progressions "
                + "multifidus-left-target, multifidus-right-target, bridge-repetitions, bird-dog-repetitions"), plans.out());
        assertTrue(plans.out().contains("  bridge-repetitions: bridge.repetitions from 8 by 2 up to 14 when bridge scored >= 0.75 "
                + "in 2 sessions in a row"), plans.out());

        assertEquals(0, run("patients", "add", "P-001", "--consent").code());
        Result unknown = run("program", "P-001", "--plan", "nope");
        assertEquals(1, unknown.code());
        assertEquals("myofuse: unknown program plan nope (installed: lumbar-12-week; see myofuse programs)", unknown.err().strip());

        Result assign = run("program", "P-001", "--plan", "lumbar-12-week");
        assertEquals(0, assign.code(), assign.err());
        LocalDate today = LocalDate.now();
        assertEquals("patient P-001: 12 weeks, 2 sessions a week, from " + today + ", protocol lumbar-session, plan lumbar-12-week",
                assign.out().strip());

        Result session = run("run", "--headless", "--duration", "2s", "--patient", "P-001");
        assertEquals(0, session.code(), session.err());
        assertEquals(0, run("assess", "1", "--pain-before", "6", "--pain-after", "3").code());

        Result shown = run("program", "P-001");
        assertEquals(0, shown.code(), shown.err());
        List<String> lines = shown.out().lines().toList();
        assertEquals("patient P-001: 12 weeks, 2 sessions a week, from " + today + ", protocol lumbar-session, plan lumbar-12-week",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("plan: lumbar-12-week 1.0.0, Lumbar program, 12 weeks"), lines.get(1));
        assertTrue(lines.get(1).endsWith("(bundle org.myofuse.protocol-lumbar-session " + lines.get(1).replaceAll(".* ", "")), lines.get(1));
        assertEquals("week 1 of 12, phase weeks 1-4 Activation (multifidus re-education)", lines.get(2));
        assertEquals("sessions: this week 1 of 2, in total 1 of 2 planned so far (50%), 24 in the program", lines.get(3));
        assertEquals("adherence: w1 1/2", lines.get(4));
        assertEquals("pain NRS before the session: 6 (" + today + "), one session scored", lines.get(5));
        assertEquals("progression:", lines.get(6));
        assertEquals("  multifidus-left-target (multifidus-left.target.min): 20 %MVC, not progressed yet; 0 of 2 sessions "
                + "at >= 0.8 toward 25", lines.get(7));
        assertEquals("next session: protocol lumbar-session with multifidus-left.target.min 20 %MVC, "
                + "multifidus-right.target.min 20 %MVC", lines.get(lines.size() - 1));

        Path report = home.resolve("progress.html");
        assertEquals(0, run("report", "--patient", "P-001", "--out", report.toString()).code());
        String page = Files.readString(report);
        assertTrue(page.contains("<h2>Program</h2>") && page.contains("1 of 12, phase weeks 1-4: Activation"), "the program section");
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return new InstalledMyofuse(home).run(args);
    }
}
