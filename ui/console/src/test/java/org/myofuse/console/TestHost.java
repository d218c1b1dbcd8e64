package org.myofuse.console;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.myofuse.api.analysis.SessionAnalyzer;
import org.myofuse.api.console.ConsoleRequest;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceStatusListener;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.protocol.ProtocolEngine;
import org.myofuse.api.protocol.ProtocolListener;
import org.myofuse.api.protocol.ProtocolRegistry;
import org.myofuse.api.report.SessionReports;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.store.PatientRegistry;
import org.myofuse.api.store.ProgramRegistry;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionJournal;
import org.myofuse.api.store.SessionReview;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.SessionTransfer;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.store.TherapistRegistry;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.formats.csv.CsvRecordingWriter;
import org.myofuse.formats.csv.MyofuseCsvReader;
import org.myofuse.formats.edf.BdfRecordingWriter;
import org.myofuse.formats.edf.EdfRecordingWriter;
import org.myofuse.fusion.LiveFusion;
import org.myofuse.fusion.osgi.FusionConfig;
import org.myofuse.fusion.osgi.SessionAnalyzerComponent;
import org.myofuse.protocols.run.TestEngine;
import org.myofuse.reports.internal.HtmlReports;
import org.myofuse.reports.stored.StoredSessionReports;
import org.myofuse.simulator.emg.SimEmgDriver;
import org.myofuse.simulator.iastm.SimIastmDriver;
import org.myofuse.simulator.mat.SimMatDriver;
import org.myofuse.store.h2.Database;
import org.myofuse.store.h2.H2SessionReview;
import org.myofuse.store.h2.H2SessionStore;
import org.myofuse.store.h2.H2SessionTransfer;
import org.myofuse.store.transfer.RecordingFormats;

/**
 * A real host outside OSGi for the console: the runtime's device manager, bus and clock with the three
 * simulator drivers, the live fusion, and an H2 session store in a folder of the test's. What OSGi does
 * with whiteboards is done by calls: the console's listeners go to the fusion and the device manager,
 * and the store's session begin and end reach the fusion as its SessionListener would.
 */
final class TestHost implements Services, AutoCloseable {

    final StandaloneHost host;
    final LiveFusion fusion;
    final H2SessionStore store;
    private final Path home;
    private final SessionStore tellingStore;
    final H2SessionReview review;
    final H2SessionTransfer transfer;
    final SessionAnalyzer analyzer;
    final SessionReports reports;
    /** The protocol engine (with its registry), when a test installs one; none by default. */
    private TestEngine protocols;

    TestHost(Path home) throws StoreException {
        this.home = home;
        StandaloneRuntime runtime = StandaloneRuntime.load();
        host = runtime.startHost();
        host.addDriver(new SimIastmDriver());
        host.addDriver(new SimEmgDriver());
        host.addDriver(new SimMatDriver());
        fusion = new LiveFusion(runtime.configuration(FusionConfig.class, Map.of()), host.bus());
        store = H2SessionStore.open(new Database(Database.fileUrl(home), "", ""), host.bus(), host.clock(), () -> "[]");
        review = new H2SessionReview(new Database(Database.fileUrl(home), "", ""));
        transfer = new H2SessionTransfer(store, RecordingFormats.of(
                List.of(new CsvRecordingWriter(), new EdfRecordingWriter(), new BdfRecordingWriter()),
                List.of(new MyofuseCsvReader())));
        analyzer = new SessionAnalyzerComponent(runtime.configuration(FusionConfig.class, Map.of()));
        tellingStore = new SessionStore() {
            @Override
            public SessionInfo beginSession(String patientId, String therapistId, String protocolId, String protocolVersion)
                    throws StoreException {
                SessionInfo s = store.beginSession(patientId, therapistId, protocolId, protocolVersion);
                fusion.setJournal(store);
                fusion.sessionBegan(s);
                return s;
            }

            @Override
            public SessionInfo endSession(String sessionId) throws StoreException {
                SessionInfo s = store.endSession(sessionId);
                fusion.sessionEnded(s);
                if (protocols != null) {
                    protocols.engine.sessionEnded(s);
                }
                return s;
            }

            @Override
            public Optional<SessionInfo> session(String sessionId) throws StoreException {
                return store.session(sessionId);
            }

            @Override
            public List<SessionInfo> sessions(String patientId) throws StoreException {
                return store.sessions(patientId);
            }
        };
        reports = new StoredSessionReports(tellingStore, review, review, analyzer, new HtmlReports());
    }

    /** Installs the real protocol engine with the one protocol in {@code yaml}, as the engine bundle would. Before opening a console. */
    void installEngine(String yaml) {
        protocols = new TestEngine(yaml, store, host.clock(), host.deviceManager());
        fusion.addListener(protocols.engine);
    }

    static ConsoleRequest simulators() {
        return new ConsoleRequest(List.of(), "", "", Optional.empty());
    }

    @Override
    public DeviceManager devices() {
        return host.deviceManager();
    }

    @Override
    public StreamBus bus() {
        return host.bus();
    }

    @Override
    public SessionClock clock() {
        return host.clock();
    }

    @Override
    public Optional<SessionStore> store() {
        return Optional.of(tellingStore);
    }

    @Override
    public Optional<PatientRegistry> patients() {
        return Optional.of(store);
    }

    @Override
    public Optional<TherapistRegistry> therapists() {
        return Optional.of(store);
    }

    @Override
    public Optional<SessionJournal> journal() {
        return Optional.of(store);
    }

    @Override
    public Optional<SerialTransport> serial() {
        return Optional.empty();
    }

    @Override
    public Optional<ProtocolEngine> protocols() {
        return Optional.ofNullable(protocols).map(p -> p.engine);
    }

    @Override
    public Optional<ProgramRegistry> programs() {
        return Optional.of(review);
    }

    @Override
    public Optional<ProtocolRegistry> protocolRegistry() {
        return Optional.ofNullable(protocols).map(p -> p.registry);
    }

    @Override
    public Optional<SessionReview> review() {
        return Optional.of(review);
    }

    @Override
    public Optional<SessionTransfer> transfer() {
        return Optional.of(transfer);
    }

    @Override
    public Optional<SessionReports> reports() {
        return Optional.of(reports);
    }

    @Override
    public Optional<SessionAnalyzer> analyzer() {
        return Optional.of(analyzer);
    }

    @Override
    public Path home() {
        return home;
    }

    @Override
    public Path etcDir() {
        return home.resolve("etc");
    }

    @Override
    public AutoCloseable listen(FusionListener f, ProtocolListener p, DeviceStatusListener d) {
        fusion.addListener(f);
        host.addStatusListener(d);
        TestEngine engine = protocols;
        if (engine != null) {
            engine.addListener(p);
        }
        return () -> {
            fusion.removeListener(f);
            host.removeStatusListener(d);
            if (engine != null) {
                engine.removeListener(p);
            }
        };
    }

    @Override
    public void close() {
        if (protocols != null) {
            protocols.stop();
        }
        fusion.close();
        host.close();
        store.close();
    }
}
