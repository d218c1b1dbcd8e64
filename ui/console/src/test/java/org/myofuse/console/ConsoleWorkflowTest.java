package org.myofuse.console;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.Severity;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.StepType;
import org.myofuse.api.protocol.Target;
import org.myofuse.api.protocol.Tone;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.store.StoredEvent;
import org.myofuse.console.ui.WindowProbe;

/**
 * The console's workflow on a real host (runtime, simulators, live fusion, H2 store, session analysis,
 * exports and reports) under the build's Xvfb, driven through its widgets as a therapist would: a
 * patient registered (and refused with one line), a session started for them (the one recording ends),
 * a moment marked, a protocol run followed as the engine reports it, a stored session replayed,
 * scrubbed, exported and reported. Screenshots of the patients, protocol and review pages go to
 * target/screenshots/.
 */
class ConsoleWorkflowTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path home;
    @TempDir
    Path out;
    TestHost host;
    OpenConsole console;
    WindowProbe probe;

    @BeforeEach
    void start() throws Exception {
        host = new TestHost(home);
    }

    private void open() throws Exception {
        console = OpenConsole.open(TestHost.simulators(), host);
        probe = ui(() -> new WindowProbe(console.window()));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (console != null) {
            console.close();
            console.awaitEnded(20, TimeUnit.SECONDS);
        }
        host.close();
    }

    private <T> T ui(Callable<T> work) throws Exception {
        return console.ui().call(work);
    }

    private void until(Callable<Boolean> onUi) throws Exception {
        try {
            await().atMost(WAIT).until(() -> ui(onUi));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + " The pages show: " + ui(() -> probe.patients().lines() + " "
                    + probe.protocol().texts() + " " + probe.protocol().answerLine() + " " + probe.notice()), e);
        }
    }

    @Test
    void shouldRegisterAPatientStartTheirSessionMarkItAndReviewExportAndReportTheOneBefore() throws Exception {
        open();
        String first = console.session().orElseThrow().id();
        ui(() -> {
            probe.showPage(2);
            probe.patients().register("P 1", "Ada Test", "", true);
            return null;
        });
        until(() -> probe.patients().lines().get(0)
                .equals("patient code 'P 1' must be 1-64 letters, digits, '-' or '_'"));
        ui(() -> {
            probe.patients().register("P-0001", "Ada Test", "1980-13-01", true);
            return null;
        });
        until(() -> probe.patients().lines().get(0).equals("birth date '1980-13-01' is not a date (YYYY-MM-DD)"));
        ui(() -> {
            probe.patients().register("P-0001", "Ada Test", "1980-04-02", true);
            return null;
        });
        until(() -> probe.patients().lines().get(0).equals("Registered P-0001")
                && probe.patients().patientCodes().equals(List.of("P-0001"))
                && probe.patients().lines().get(1).equals("No treatment program registered"));
        ui(() -> {
            probe.patients().register("P-0001", "Ada Again", "", false);
            return null;
        });
        until(() -> probe.patients().lines().get(0).contains("P-0001") && !probe.patients().lines().get(0).startsWith("Registered"));
        assertEquals(List.of("(no protocol: live monitoring)"), ui(() -> probe.patients().protocolChoices()),
                "no protocol engine in this host: only live monitoring is offered");

        host.review.setProgram("P-0001", new Program(12, 2, LocalDate.of(2026, 11, 30), ""));
        ui(() -> {
            probe.patients().search("ada");
            return null;
        });
        until(() -> probe.patients().patientCodes().equals(List.of("P-0001")));
        ui(() -> {
            probe.patients().selectPatient("P-0001");
            return null;
        });
        until(() -> probe.patients().lines().get(1).equals("Program: 12 weeks, 2 sessions a week from 2026-11-30, protocol \u2013"));
        await().atMost(WAIT).until(() -> host.review.events(first).stream()
                .anyMatch(e -> e.type().equals("STROKE_START") || e.type().equals("EMG_ONSET"))); // something to review
        ui(() -> {
            probe.press(SWT.CR, true); // Ctrl+Enter on the patients page: start, here without a protocol
            return null;
        });
        until(() -> probe.patients().lines().get(2).startsWith("Recording session ")
                && probe.patients().sessionRows().size() == 1);
        SessionInfo second = console.session().orElseThrow();
        assertEquals("P-0001", second.patientId());
        assertEquals(SessionStatus.COMPLETE, host.store.session(first).orElseThrow().status(), "the first session ended");
        assertEquals(SessionStatus.RECORDING, second.status());
        List<String> row = ui(() -> probe.patients().sessionRows().get(0));
        assertEquals(List.of("recording", "\u2013", "recording", second.id()), row.subList(1, 5));
        await().atMost(WAIT).until(() -> host.devices().devices().size() == 3
                && host.devices().devices().stream().allMatch(d -> d.state().name().equals("STREAMING")));
        ui(() -> probe.shootWindow(ConsoleLiveTest.SHOTS.resolve("workflow-window-patients.png")));

        ui(() -> {
            probe.press(SWT.F8, false);
            return null;
        });
        until(() -> probe.notice().startsWith("Marked at ") && probe.liveEvents().matches("EVENTS   mark: Marked at .*"));
        ui(() -> {
            probe.showLive();
            return probe.shootWindow(ConsoleLiveTest.SHOTS.resolve("workflow-window-live.png"));
        });

        ui(() -> {
            probe.showPage(4);
            probe.review().refresh();
            return null;
        });
        until(() -> probe.review().sessionIds().equals(List.of(second.id(), first)));
        ui(() -> {
            probe.review().choose(first);
            return null;
        });
        until(() -> probe.review().resultLine().endsWith(" stored events"));
        List<String> types = ui(() -> probe.review().eventTypes());
        assertTrue(types.contains("STROKE_START") || types.contains("EMG_ONSET"), "live events of the first session: " + types);
        int[] scrubber = ui(() -> probe.review().scrubber());
        assertTrue(scrubber[1] >= 20, "two seconds or more of the first session to scrub: " + scrubber[1]);
        String readout = ui(() -> {
            probe.review().scrub(scrubber[1] / 2);
            return probe.review().readoutLine();
        });
        assertTrue(readout.matches("\\d+:\\d\\d\\.\\d +force -?\\d+\\.\\d N, shear -?\\d+\\.\\d N .*CoP .* mm"), readout);
        int last = types.size() - 1;
        int jumped = ui(() -> {
            probe.review().scrub(0);
            return probe.review().clickEvent(last);
        });
        assertTrue(jumped > 0, "clicking the last event moves the scrubber to it");
        ui(() -> probe.shootWindow(ConsoleLiveTest.SHOTS.resolve("workflow-window-review.png")));

        ui(() -> {
            probe.review().folderChooser(shell -> out.toString());
            probe.review().pressExport("csv");
            return null;
        });
        until(() -> probe.review().resultLine().startsWith("Exported 3 file(s) to " + out));
        try (var files = Files.list(out)) {
            assertEquals(3, files.filter(f -> f.getFileName().toString().startsWith("myofuse-session-" + first)
                    && f.getFileName().toString().endsWith(".csv")).count());
        }
        ui(() -> {
            probe.review().pressReport();
            return null;
        });
        until(() -> probe.review().resultLine().startsWith("Report written: "));
        Path report = out.resolve(WorkerWorkflow.reportName(first));
        assertTrue(Files.readString(report).contains(first), "the report names its session");

        console.close();
        assertTrue(console.awaitEnded(20, TimeUnit.SECONDS));
        List<StoredEvent> marks = host.review.events(second.id()).stream().filter(e -> e.type().equals("MARK")).toList();
        assertEquals(1, marks.size(), "the mark is in the session's record");
        assertEquals("therapist", marks.get(0).origin());
        assertEquals(SessionStatus.COMPLETE, host.store.session(second.id()).orElseThrow().status());
        console = null;
    }

    @Test
    void shouldFollowAProtocolRunAsTheEngineReportsItAndOfferThePainScoreWhenAStepAsksForOne() throws Exception {
        open();
        String session = console.session().orElseThrow().id();
        long now = host.clock().nanos();
        StepState pain = new StepState(0, 6, "pain-before", StepType.ASSESSMENT, "Pain before treatment",
                "Ask the patient to rate their low back pain from 0 to 10.", List.of(), now, Double.NaN, 0, 0,
                StepState.Awaiting.PAIN_SCORE);
        var feed = console.protocolFeed();
        feed.runStarted(new RunState("lumbar-session", "1.0.0", session, RunState.Status.RUNNING, pain, ""));
        ui(() -> {
            probe.showPage(3);
            return null;
        });
        until(() -> probe.protocol().painOffered()
                && probe.protocol().texts().subList(0, 3).equals(List.of("Running lumbar-session", "Step 1 of 6",
                        "Pain before treatment")));
        assertEquals("Pain score 0\u201310?", ui(() -> probe.protocol().texts().get(4)));
        ui(() -> probe.shootWindow(ConsoleLiveTest.SHOTS.resolve("workflow-window-protocol.png")));
        ui(() -> {
            probe.protocol().pressPain(3);
            return null;
        });
        until(() -> probe.protocol().answerLine().equals("No protocol running"));

        StepState release = new StepState(2, 6, "release-left", StepType.RELEASE, "Release, thoracolumbar fascia left",
                "Long strokes along the fascia.", List.of(new Target("normalForce", 8, 14, 20, "N", "target pressure")),
                host.clock().nanos(), 90, 4, 12, StepState.Awaiting.NOTHING);
        feed.stepChanged(new RunState("lumbar-session", "1.0.0", session, RunState.Status.RUNNING, release, ""));
        feed.cue(new Cue(host.clock().nanos(), "release-left", Severity.CAUTION, "pressure.less", "Less pressure",
                "#E69F00", Tone.NONE));
        until(() -> !probe.protocol().painOffered() && probe.protocol().texts().get(4).matches("1:(29|30) left   \u00b7   4 of 12")
                && probe.protocol().texts().get(5).equals("target pressure: 8 \u2013 14 N  (limit 20 N)")
                && probe.protocol().progress()[0] == 2 && probe.protocol().progress()[1] == 6);
        List<List<String>> log = ui(() -> probe.protocol().logRows());
        assertEquals(List.of("cue CAUTION", "Less pressure"), log.get(0).subList(1, 3));
        assertEquals(List.of("step", "Step 3 of 6: Release, thoracolumbar fascia left (running)"), log.get(1).subList(1, 3));

        feed.stepChanged(new RunState("lumbar-session", "1.0.0", session, RunState.Status.PAUSED, release, ""));
        until(() -> probe.protocol().view().paused() && probe.protocol().texts().get(0).equals("PAUSED \u2013 lumbar-session"));
        String frozen = ui(() -> probe.protocol().texts().get(4));
        await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(5))
                .until(() -> ui(() -> probe.protocol().texts().get(4)).equals(frozen)); // paused time does not count
        feed.stepChanged(new RunState("lumbar-session", "1.0.0", session, RunState.Status.RUNNING, release, ""));
        until(() -> !probe.protocol().view().paused());
        String resumed = ui(() -> probe.protocol().texts().get(4));
        assertTrue(secondsLeft(resumed) >= secondsLeft(frozen) - 1, "the countdown goes on where it stopped: " + frozen
                + " then " + resumed);
        feed.runEnded(new RunState("lumbar-session", "1.0.0", session, RunState.Status.COMPLETED, release, "completed"));
        until(() -> !probe.protocol().view().active() && probe.protocol().progress()[0] == 6
                && probe.protocol().texts().get(4).isEmpty());
    }

    @Test
    void shouldStartAProtocolForAPatientAndMoveOnWhenThePainScoreIsEnteredOnThePage() throws Exception {
        host.installEngine(new String(getClass().getResourceAsStream("/console-test-protocol.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8));
        host.store.addPatient(new Patient("P-0002", Optional.of("Bo Test"), Optional.empty(), true, Optional.empty()));
        open();
        ui(() -> {
            probe.showPage(2);
            probe.patients().selectPatient("P-0002");
            return null;
        });
        until(() -> probe.patients().protocolChoices().size() == 2 && probe.patients().lines().get(1).startsWith("No treatment"));
        assertEquals("Console test  (console-test 1.0.0)", ui(() -> probe.patients().protocolChoices().get(1)));
        ui(() -> {
            probe.patients().startWith("console-test");
            return null;
        });
        until(() -> probe.patients().lines().get(2).matches("Protocol Console test running in session \\d+"));
        SessionInfo session = console.session().orElseThrow();
        assertEquals(List.of("P-0002", "console-test", "1.0.0"),
                List.of(session.patientId(), session.protocolId(), session.protocolVersion()));
        ui(() -> {
            probe.showPage(3);
            return null;
        });
        until(() -> probe.protocol().painOffered() && probe.protocol().texts().get(2).equals("Pain before"));
        ui(() -> {
            probe.protocol().pressPain(5);
            return null;
        });
        until(() -> !probe.protocol().painOffered() && probe.protocol().texts().get(2).equals("Release left")
                && probe.protocol().texts().get(5).contains("6 \u2013 9 N") && probe.protocol().progress()[0] == 1);
        assertEquals("Pain score 5 recorded", ui(() -> probe.protocol().answerLine()));
        ui(() -> probe.shootWindow(ConsoleLiveTest.SHOTS.resolve("workflow-window-protocol-run.png")));
        ui(() -> {
            probe.press(SWT.F6, false); // pause
            return null;
        });
        until(() -> probe.protocol().view().paused());
        ui(() -> {
            probe.press(SWT.F6, false); // resume
            return null;
        });
        until(() -> !probe.protocol().view().paused());
        ui(() -> {
            probe.press(SWT.F7, false); // next step: the last one, so the run completes
            return null;
        });
        until(() -> probe.protocol().texts().get(0).equals("Completed console-test") && !probe.protocol().view().active());

        ui(() -> {
            probe.showPage(2);
            probe.patients().startWith(""); // the next session, without a protocol: the protocol's session ends
            return null;
        });
        await().atMost(WAIT).until(() -> !console.session().orElseThrow().id().equals(session.id()));
        ui(() -> {
            probe.showPage(4);
            probe.review().refresh();
            return null;
        });
        until(() -> probe.review().sessionIds().contains(session.id()));
        ui(() -> {
            probe.review().choose(session.id());
            return null;
        });
        until(() -> probe.review().resultLine().endsWith(" stored events"));
        List<String> clinical = ui(() -> {
            probe.review().clinicalOnly(true);
            return probe.review().eventTypes();
        });
        assertTrue(clinical.containsAll(List.of("RUN", "STEP", "PAIN_NRS")), clinical.toString());
        int painRow = clinical.indexOf("PAIN_NRS");
        String atPain = ui(() -> {
            probe.review().clickEvent(painRow);
            return probe.review().readoutLine();
        });
        assertTrue(atPain.startsWith(ui(() -> probe.review().eventTimes().get(painRow))), atPain);
        ui(() -> probe.shootWindow(ConsoleLiveTest.SHOTS.resolve("workflow-window-review-protocol.png")));

        console.close();
        assertTrue(console.awaitEnded(20, TimeUnit.SECONDS));
        console = null;
        List<StoredEvent> events = host.review.events(session.id()).stream().filter(e -> e.origin().equals("protocol")).toList();
        StoredEvent pain = events.stream().filter(e -> e.type().equals("PAIN_NRS")).findFirst().orElseThrow();
        assertEquals(5.0, pain.value(), "the pain score entered on the page is in the session's record: " + events);
        assertTrue(events.stream().anyMatch(e -> e.type().equals("STEP") && e.source().contains("release-left")), events.toString());
    }

    /** The seconds left in a counter text "m:ss left ...". */
    private static int secondsLeft(String counter) {
        String[] minutesSeconds = counter.substring(0, counter.indexOf(' ')).split(":");
        return Integer.parseInt(minutesSeconds[0]) * 60 + Integer.parseInt(minutesSeconds[1]);
    }
}
