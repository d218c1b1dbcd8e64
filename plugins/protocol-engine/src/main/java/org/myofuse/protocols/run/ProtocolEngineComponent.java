package org.myofuse.protocols.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.fusion.FusionCalibration;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.program.ParameterValue;
import org.myofuse.api.program.ProgramException;
import org.myofuse.api.program.ProgramProgress;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.ProtocolEngine;
import org.myofuse.api.protocol.ProtocolException;
import org.myofuse.api.protocol.ProtocolListener;
import org.myofuse.api.protocol.ProtocolRun;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionJournal;
import org.myofuse.api.store.SessionListener;
import org.myofuse.api.store.SessionReview;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.protocols.document.ProtocolCompiler;
import org.myofuse.protocols.model.Protocol;
import org.myofuse.protocols.registry.InstalledProtocol;
import org.myofuse.protocols.registry.ProtocolCatalog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link ProtocolEngine} service: runs one installed protocol at a time in a recording session, on an
 * engine thread of the run's own ({@link EngineRun}). It is a {@link FusionListener} (its frames and
 * events are copied into the run's inbox on the fusion's thread, which it never blocks) and a
 * {@link SessionListener} (a run whose session ends is aborted). What a run does goes to the session's
 * {@link SessionJournal} (origin protocol), to every {@link ProtocolListener} service (on the engine
 * thread; an exception is logged and changes nothing) and, for calibrations, to the live fusion's
 * {@link FusionCalibration}. A pain score taken before or after the treatment is also stored as the
 * session's clinical assessment ({@link SessionReview#assess}, on a thread of its own,
 * {@code myofuse-protocol-assess}, so that the store's I/O never holds up the engine thread).
 *
 * <p>A session with a patient whose program sets values for the protocol
 * ({@link ProgramProgress#parametersFor}, when that service is there) runs with those values on top of
 * the effective protocol, each with the program's line as its source; values the protocol does not
 * accept refuse the start with one line.
 */
@Component(service = { ProtocolEngine.class, FusionListener.class, SessionListener.class },
        configurationPid = ProtocolEngineComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = EngineConfig.class)
public final class ProtocolEngineComponent implements ProtocolEngine, FusionListener, SessionListener {

    /** The configuration PID. */
    public static final String PID = "org.myofuse.protocols.engine";

    private static final Logger LOG = Logger.getLogger(ProtocolEngineComponent.class.getName());

    private final ProtocolCatalog catalog;
    private final int inboxSlots;
    private final List<ProtocolListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SessionJournal journal;
    private volatile FusionCalibration calibration;
    private volatile DeviceManager devices;
    private volatile SessionClock clock;
    private volatile SessionReview review;
    private volatile ProgramProgress programs;
    private ProtocolCompiler compiler;
    private final ExecutorService assessments = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "myofuse-protocol-assess");
                t.setDaemon(true);
                return t;
            });
    private volatile EngineRun current;
    private volatile long lastFrameNanos = Long.MIN_VALUE;

    @Activate
    public ProtocolEngineComponent(@Reference ProtocolCatalog catalog, EngineConfig config) {
        this.catalog = catalog;
        int slots = Integer.highestOneBit(Math.max(64, config.inboxSlots()));
        this.inboxSlots = slots;
    }

    @Deactivate
    void deactivate() {
        assessments.shutdown();
        EngineRun run = current;
        if (run != null) {
            run.abort("the protocol engine stopped");
            try {
                run.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized ProtocolRun start(String protocolId, SessionInfo session) throws ProtocolException {
        if (session.status() != SessionStatus.RECORDING) {
            throw new ProtocolException("cannot start protocol " + protocolId + ": session " + session.id()
                    + " is not recording (" + session.status().name().toLowerCase() + ")");
        }
        EngineRun running = current;
        if (running != null && running.state() != null && !running.state().ended()) {
            RunState s = running.state();
            throw new ProtocolException("cannot start protocol " + protocolId + ": protocol " + s.protocolId()
                    + " is still running in session " + s.sessionId());
        }
        InstalledProtocol installed = catalog.installed(protocolId)
                .orElseThrow(() -> new ProtocolException("unknown protocol " + protocolId));
        Protocol model = withProgram(installed, session);
        // the run stays current (current() answers with its final state) until the next one starts
        EngineRun run = new EngineRun(model, session.id(), new Output(session.id()), inboxSlots);
        current = run;
        run.start(startNanos());
        return run;
    }

    /** The effective protocol with the values the patient's program sets for it, if any. */
    private Protocol withProgram(InstalledProtocol installed, SessionInfo session) throws ProtocolException {
        ProgramProgress p = programs;
        if (p == null || session.patientId().isEmpty()) {
            return installed.model();
        }
        List<ParameterValue> values;
        try {
            values = p.parametersFor(session.patientId(), installed.info().id());
        } catch (ProgramException e) {
            throw new ProtocolException("cannot start protocol " + installed.info().id() + ": the program of patient "
                    + session.patientId() + ": " + e.getMessage());
        }
        if (values.isEmpty()) {
            return installed.model();
        }
        if (compiler == null) {
            compiler = new ProtocolCompiler();
        }
        return ProgramParameters.apply(installed, values, compiler);
    }

    private long startNanos() {
        SessionClock c = clock;
        long now = c == null ? Long.MIN_VALUE : c.nanos();
        return Math.max(Math.max(now, lastFrameNanos), 0);
    }

    @Override
    public Optional<ProtocolRun> current() {
        return Optional.ofNullable(current);
    }

    // ---------------------------------------------------------------- fusion (the fusion's thread)

    @Override
    public void onFrame(FusedFrame frame) {
        lastFrameNanos = frame.sessionNanos();
        EngineRun run = current;
        if (run != null) {
            run.frame(frame);
        }
    }

    @Override
    public void onEvent(TherapyEvent event) {
        EngineRun run = current;
        if (run != null) {
            run.event(event);
        }
    }

    // ---------------------------------------------------------------- sessions

    @Override
    public void sessionEnded(SessionInfo session) {
        EngineRun run = current;
        if (run != null && run.state() != null && run.state().sessionId().equals(session.id()) && !run.state().ended()) {
            run.abort("session " + session.id() + " ended");
        }
    }

    // ---------------------------------------------------------------- references

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(ProtocolListener listener) {
        listeners.add(listener);
    }

    void removeListener(ProtocolListener listener) {
        listeners.remove(listener);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setJournal(SessionJournal j) {
        journal = j;
    }

    void unsetJournal(SessionJournal j) {
        if (journal == j) {
            journal = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setCalibration(FusionCalibration c) {
        calibration = c;
    }

    void unsetCalibration(FusionCalibration c) {
        if (calibration == c) {
            calibration = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setDevices(DeviceManager d) {
        devices = d;
    }

    void unsetDevices(DeviceManager d) {
        if (devices == d) {
            devices = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setReview(SessionReview r) {
        review = r;
    }

    void unsetReview(SessionReview r) {
        if (review == r) {
            review = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setPrograms(ProgramProgress p) {
        programs = p;
    }

    void unsetPrograms(ProgramProgress p) {
        if (programs == p) {
            programs = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setClock(SessionClock c) {
        clock = c;
    }

    void unsetClock(SessionClock c) {
        if (clock == c) {
            clock = null;
        }
    }

    /** Where one run's effects go (the engine thread). */
    private final class Output implements RunOutput {
        private final String sessionId;
        private long lost;
        private OptionalInt before = OptionalInt.empty();
        private OptionalInt after = OptionalInt.empty();

        Output(String sessionId) {
            this.sessionId = sessionId;
        }

        @Override
        public void assessed(String moment, int nrs) {
            if (moment.equals("before")) {
                before = OptionalInt.of(nrs);
            } else if (moment.equals("after")) {
                after = OptionalInt.of(nrs);
            } else {
                return;
            }
            OptionalInt b = before;
            OptionalInt a = after;
            try {
                assessments.execute(() -> assess(b, a));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.warning("protocol run: the pain score " + nrs + " (" + moment + ") of session " + sessionId
                        + " was not stored as its assessment: the engine is stopping");
            }
        }

        private void assess(OptionalInt b, OptionalInt a) {
            SessionReview r = review;
            if (r == null) {
                LOG.warning("protocol run: no session store to keep the assessment of session " + sessionId
                        + " (the PAIN_NRS entries hold the scores)");
                return;
            }
            try {
                r.assess(sessionId, b, a);
            } catch (StoreException | RuntimeException e) {
                LOG.warning("protocol run: the assessment of session " + sessionId + " was not stored: " + e.getMessage());
            }
        }

        @Override
        public void journal(JournalEntry entry) {
            SessionJournal j = journal;
            if (j == null || !j.append(sessionId, entry)) {
                if (lost++ == 0) {
                    LOG.warning("protocol run: session " + sessionId + " did not take a protocol entry ("
                            + (j == null ? "no session journal" : "not recording, or the recorder is behind") + "): "
                            + entry.type() + " " + entry.detail());
                }
            }
        }

        @Override
        public void runStarted(RunState state) {
            each(l -> l.runStarted(state), "runStarted");
        }

        @Override
        public void stepChanged(RunState state) {
            each(l -> l.stepChanged(state), "stepChanged");
        }

        @Override
        public void progressed(RunState state) {
            each(l -> l.progressed(state), "progressed");
        }

        @Override
        public void cue(Cue cue) {
            each(l -> l.cue(cue), "cue");
        }

        @Override
        public void runEnded(RunState state) {
            each(l -> l.runEnded(state), "runEnded");
        }

        /** Listeners that failed in this run: the first failure is logged with its trace, later ones in one line. */
        private final java.util.Set<ProtocolListener> failed = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());

        private void each(java.util.function.Consumer<ProtocolListener> call, String what) {
            for (ProtocolListener l : listeners) {
                try {
                    call.accept(l);
                } catch (RuntimeException e) {
                    String line = "protocol listener " + l.getClass().getName() + " failed in " + what + ": " + e;
                    if (failed.add(l)) {
                        LOG.log(Level.WARNING, line, e);
                    } else {
                        LOG.fine(line);
                    }
                }
            }
        }

        @Override
        public boolean setMvc(String emgSource, double mvcUv) {
            FusionCalibration c = calibration;
            return c != null && c.setMvc(emgSource, mvcUv);
        }

        @Override
        public String tare() {
            FusionCalibration c = calibration;
            DeviceManager d = devices;
            if (c == null || d == null) {
                return "";
            }
            List<String> tared = new ArrayList<>();
            for (DeviceInfo info : d.devices()) {
                if (c.tare(info.name()) || (!info.deviceId().equals(info.name()) && c.tare(info.deviceId()))) {
                    tared.add(info.name());
                }
            }
            return String.join(",", tared);
        }
    }
}
