package org.myofuse.protocols.run;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.ProtocolException;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.api.protocol.ProtocolListener;
import org.myofuse.api.protocol.ProtocolRun;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionJournal;
import org.myofuse.api.store.SessionReview;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.protocols.model.Protocol;
import org.myofuse.protocols.registry.InstalledProtocol;

/** The service as DS wires it (the references set by hand): runs, listeners, the journal, the fusion's frames. */
class ProtocolEngineComponentTest {

    private final Protocol protocol = Harness.compile(Harness.protocol(Harness.PAIN_BEFORE + Harness.RELEASE));
    private final ProtocolEngineComponent engine = new ProtocolEngineComponent(
            id -> id.equals("engine-test") ? Optional.of(new InstalledProtocol(new ProtocolInfo(id, "1.2.3", "Engine test",
                    "en", "bundle test", 2, List.of(), List.of()), protocol, "")) : Optional.empty(), config(256));
    private final List<String> journal = new CopyOnWriteArrayList<>();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final SessionInfo session = new SessionInfo("12", "", "", "engine-test", "1.2.3", 0, -1, SessionStatus.RECORDING);

    ProtocolEngineComponentTest() {
        engine.setJournal((sessionId, entry) -> journal.add(sessionId + " " + entry.type() + " " + entry.origin() + " "
                + entry.detail()));
        engine.addListener(new ProtocolListener() {
            @Override
            public void cue(Cue cue) {
                throw new IllegalStateException("a faulty listener");
            }
        });
        engine.addListener(new ProtocolListener() {
            @Override
            public void cue(Cue cue) {
                heard.add(Thread.currentThread().getName() + " " + cue.code());
            }

            @Override
            public void runEnded(RunState state) {
                heard.add("ended " + state.reason());
            }
        });
    }

    @AfterEach
    void stop() {
        engine.deactivate();
    }

    static EngineConfig config(int slots) {
        return new EngineConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EngineConfig.class;
            }

            @Override
            public int inboxSlots() {
                return slots;
            }
        };
    }

    @Test
    void aRunJournalsIntoItsSessionTellsEveryListenerAndFollowsTheFusionsFrames() throws Exception {
        ProtocolRun run = engine.start("engine-test", session);
        assertEquals(run, engine.current().orElseThrow());
        assertTrue(journal.get(0).equals("12 RUN protocol engine-test 1.2.3 started"), journal.toString());
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains("myofuse-protocol-run pain.ask"));
        assertThrows(ProtocolException.class, () -> engine.start("engine-test", session), "one run at a time");
        assertTrue(run.enterPain(2));
        await().atMost(Duration.ofSeconds(5)).until(() -> run.state().step().id().equals("release-left"));
        Harness.Frame frame = new Harness.Frame();
        for (int i = 1; i <= 50; i++) {
            frame.nanos = run.state().step().startedNanos() + i * Harness.FRAME;
            frame.normal = 20;
            engine.onFrame(frame);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains("myofuse-protocol-run overpressure"));
        engine.sessionEnded(session);
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains("ended session 12 ended"));
        assertTrue(journal.contains("12 RUN protocol aborted: session 12 ended"), journal.toString());
        assertEquals(1, journal.stream().filter(l -> l.contains(" PAIN_NRS protocol before")).count());
        ProtocolRun next = engine.start("engine-test", new SessionInfo("13", "", "", "engine-test", "1.2.3", 0, -1,
                SessionStatus.RECORDING));
        next.abort("done");
    }

    @Test
    void painScoresBeforeAndAfterAreStoredAsTheSessionsAssessment() throws Exception {
        List<String> assessed = new CopyOnWriteArrayList<>();
        Protocol both = Harness.compile(Harness.protocol(Harness.PAIN_BEFORE
                + Harness.PAIN_BEFORE.replace("before", "after")));
        ProtocolEngineComponent twoScores = new ProtocolEngineComponent(id -> Optional.of(new InstalledProtocol(
                new ProtocolInfo(id, "1.2.3", "t", "en", "bundle test", 2, List.of(), List.of()), both, "")), config(64));
        twoScores.setReview((SessionReview) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { SessionReview.class }, (proxy, method, args) -> {
                    assessed.add(Thread.currentThread().getName() + " " + args[0] + " " + args[1] + " " + args[2]);
                    return null;
                }));
        try {
            ProtocolRun run = twoScores.start("engine-test", session);
            assertTrue(run.enterPain(6));
            await().atMost(Duration.ofSeconds(5)).until(() -> run.state().step().id().equals("pain-after"));
            assertTrue(run.enterPain(2));
            await().atMost(Duration.ofSeconds(5)).until(() -> assessed.size() == 2);
            assertEquals(List.of("myofuse-protocol-assess 12 OptionalInt[6] OptionalInt.empty",
                    "myofuse-protocol-assess 12 OptionalInt[6] OptionalInt[2]"), assessed);
        } finally {
            twoScores.deactivate();
        }
    }

    @Test
    void startRefusesWithOneLine() {
        ProtocolException unknown = assertThrows(ProtocolException.class, () -> engine.start("nope", session));
        assertEquals("unknown protocol nope", unknown.getMessage());
        ProtocolException ended = assertThrows(ProtocolException.class, () -> engine.start("engine-test",
                new SessionInfo("9", "", "", "", "", 0, 5, SessionStatus.COMPLETE)));
        assertEquals("cannot start protocol engine-test: session 9 is not recording (complete)", ended.getMessage());
    }

    @Test
    void withoutAJournalTheRunStillRuns() throws Exception {
        engine.unsetJournal(null);
        SessionJournal none = (id, e) -> false;
        engine.setJournal(none);
        ProtocolRun run = engine.start("engine-test", session);
        assertTrue(run.enterPain(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> run.state().step().id().equals("release-left"));
        run.abort("x");
        await().atMost(Duration.ofSeconds(5)).until(() -> run.state().ended());
        assertTrue(journal.isEmpty());
    }
}
