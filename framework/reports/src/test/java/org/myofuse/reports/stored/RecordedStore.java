package org.myofuse.reports.stored;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.fusion.LiveFusion;
import org.myofuse.fusion.osgi.FusionConfig;
import org.myofuse.fusion.osgi.SessionAnalyzerComponent;
import org.myofuse.reports.internal.HtmlReports;
import org.myofuse.simulator.emg.SimEmgDriver;
import org.myofuse.simulator.iastm.SimIastmDriver;
import org.myofuse.simulator.mat.SimMatDriver;
import org.myofuse.store.h2.Database;
import org.myofuse.store.h2.H2SessionReview;
import org.myofuse.store.h2.H2SessionStore;

/**
 * A real store with real sessions: the runtime's host with the three simulators, the live fusion
 * journaling its events, an H2 file in a test folder, and the report service on the store's services
 * and the fusion's analyzer, as the bundles wire them in OSGi.
 */
final class RecordedStore implements AutoCloseable {

    final StandaloneRuntime runtime = StandaloneRuntime.load();
    final StandaloneHost host = runtime.startHost();
    final H2SessionStore store;
    final H2SessionReview review;
    final LiveFusion fusion;
    final StoredSessionReports reports;

    RecordedStore(Path home) throws Exception {
        host.addDriver(new SimIastmDriver());
        host.addDriver(new SimEmgDriver());
        host.addDriver(new SimMatDriver());
        Database database = new Database(Database.fileUrl(home), "", "");
        store = H2SessionStore.open(database, host.bus(), host.clock(), () -> "[]");
        review = new H2SessionReview(database);
        FusionConfig config = runtime.configuration(FusionConfig.class, Map.of());
        fusion = new LiveFusion(config, host.bus());
        fusion.setJournal(store);
        reports = new StoredSessionReports(store, review, review, new SessionAnalyzerComponent(config), new HtmlReports());
    }

    void patient(String code) throws Exception {
        store.addPatient(new Patient(code, Optional.empty(), Optional.empty(), true, Optional.empty()));
    }

    /**
     * Records a session of the three simulators for {@code length}; {@code during} runs halfway with the
     * session, to journal what the therapist did.
     */
    SessionInfo record(String patient, Duration length, java.util.function.Consumer<SessionInfo> during) throws Exception {
        SessionInfo session = store.beginSession(patient, "", "", "");
        fusion.sessionBegan(session);
        List<String> devices = new ArrayList<>();
        for (String type : List.of("sim-iastm", "sim-emg", "sim-mat")) {
            devices.add(host.deviceManager().addDevice(DeviceRequest.parse(type)));
        }
        Thread.sleep(length.toMillis() / 2);
        during.accept(session);
        Thread.sleep(length.toMillis() / 2);
        for (String id : devices) {
            host.deviceManager().removeDevice(id, "session over");
        }
        SessionInfo ended = store.endSession(session.id());
        fusion.sessionEnded(ended);
        return ended;
    }

    /** A therapist's mark at the session's time now. */
    JournalEntry mark(String detail) {
        return new JournalEntry(host.clock().nanos(), JournalEntry.MARK, "", Double.NaN, "", detail, JournalEntry.THERAPIST);
    }

    @Override
    public void close() {
        fusion.close();
        host.close();
        store.close();
    }
}
