package org.myofuse.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.myofuse.api.console.ConsoleException;
import org.myofuse.api.console.ConsoleOutcome;
import org.myofuse.api.console.ConsoleRequest;
import org.myofuse.api.console.ConsoleRun;
import org.myofuse.api.console.ConsoleTiming;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.stream.Subscription;
import org.myofuse.console.feed.BusFeed;
import org.myofuse.console.feed.DeviceFeed;
import org.myofuse.console.feed.FusionFeed;
import org.myofuse.console.feed.ProtocolFeed;
import org.myofuse.console.session.ConsoleSession;
import org.myofuse.console.ui.ConsoleWindow;
import org.myofuse.console.ui.LayoutMemory;
import org.myofuse.console.ui.LiveModel;
import org.myofuse.console.ui.Messages;

/**
 * One open console: its UI thread and window, its feeds (a bus subscription and three listeners), its
 * worker (device snapshots once a second, the controls' I/O) and the session it records.
 *
 * <p>Opening: display first (nothing stored if there is none), then the feeds, then the session and
 * its devices, then the window. Closing - the window closed by the therapist, {@link #close()}, or the
 * screenshot taken - goes the other way on a thread of its own: the UI thread ends, the feeds stop,
 * the devices the console added are removed and the session is ended, and {@link #await()} returns.
 * Device, bus, fusion and protocol threads only write into the feeds; the UI thread reads them.
 */
final class OpenConsole implements ConsoleRun {

    private static final Logger LOG = Logger.getLogger(OpenConsole.class.getName());
    private static final long SNAPSHOT_PERIOD_MS = 1_000;
    /** The longest wait for a new session's devices to stream before its protocol starts. */
    private static final long STREAMING_WAIT_NANOS = 15_000_000_000L;
    private static final long STREAMING_POLL_NANOS = 50_000_000L;

    private final Services services;
    private final UiThread ui;
    private final Messages text = new Messages(Locale.getDefault());
    private final FusionFeed fusion = new FusionFeed();
    private final BusFeed busFeed = new BusFeed();
    private final ProtocolFeed protocol = new ProtocolFeed();
    private final DeviceFeed deviceFeed = new DeviceFeed();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "myofuse-console-worker");
        t.setDaemon(true);
        return t;
    });
    /** Long work of the patients and review pages (replays, exports, reports, a new session); never interrupted. */
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "myofuse-console-jobs");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<ConsoleOutcome> outcome = new CompletableFuture<>();
    private Subscription subscription;
    private AutoCloseable listeners;
    private volatile ConsoleSession session;
    private ConsoleRequest request;
    private LiveModel model;
    private ConsoleWindow window;
    private volatile ConsoleTiming timing = new ConsoleTiming(0, Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN, Double.NaN);
    private volatile Path screenshot;
    private volatile String failure = "";
    /** Set when the console ends its session for good: no new session may begin after. Guarded by this. */
    private boolean closing;
    /** The session clock's time when the session being recorded began (what the header counts from). */
    private volatile long sessionStartNanos;

    private OpenConsole(Services services, UiThread ui) {
        this.services = services;
        this.ui = ui;
    }

    static OpenConsole open(ConsoleRequest request, Services services) throws ConsoleException {
        OpenConsole c = new OpenConsole(services, UiThread.start());
        c.request = request;
        try {
            c.startFeeds();
            c.session = ConsoleSession.begin(request, c.sessionServices());
            c.showWindow(request);
        } catch (ConsoleException | RuntimeException e) {
            c.abandon();
            throw e;
        }
        return c;
    }

    private void startFeeds() {
        listeners = services.listen(fusion, protocol, deviceFeed);
        subscription = services.bus().subscribe(BusFeed.CONSUMER_NAME, busFeed, BusFeed.RING_SLOTS);
        worker.scheduleAtFixedRate(this::snapshot, 0, SNAPSHOT_PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    private void snapshot() {
        try {
            deviceFeed.snapshot(new DeviceFeed.Snapshot(services.clock().nanos(), services.devices().devices()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "console: cannot list the devices", e);
        }
    }

    private ConsoleSession.Services sessionServices() {
        return new ConsoleSession.Services(services.devices(), services.store(), services.patients(), services.therapists(),
                services.etcDir());
    }

    private void showWindow(ConsoleRequest request) throws ConsoleException {
        model = new LiveModel(services.clock(), fusion, busFeed, protocol, deviceFeed);
        long start = services.clock().nanos();
        sessionStartNanos = start;
        Optional<SessionInfo> recorded = session.session();
        try {
            ui.call(() -> {
                window = new ConsoleWindow(ui.display(), text, model, new WorkerActions(this, worker, new HandOver(ui.display()), text),
                        new LayoutMemory(services.home(), System.getProperty("user.name", "user")),
                        subscription::droppedBlocks, services.clock()::nanos);
                model.session(recorded.orElse(null), start);
                window.addWorkflow(new WorkerWorkflow(this, worker, jobs, new HandOver(ui.display()), text));
                window.shell().addListener(org.eclipse.swt.SWT.Dispose, e -> windowGone());
                window.open();
                request.screenshot().ifPresent(this::scheduleScreenshot);
                return null;
            });
        } catch (Exception e) {
            throw new ConsoleException("cannot show the console: " + e, e);
        }
    }

    private void scheduleScreenshot(ConsoleRequest.Screenshot shot) {
        int delay = (int) Math.min(Integer.MAX_VALUE, shot.after().toMillis());
        ui.display().timerExec(delay, () -> {
            if (window.shell().isDisposed()) {
                return;
            }
            try {
                window.screenshot(shot.file());
                screenshot = shot.file();
            } catch (IOException | RuntimeException e) {
                failure = "cannot write the screenshot " + shot.file() + ": " + e.getMessage();
            }
            window.shell().close();
        });
    }

    /** The window is gone (UI thread): take its timing, end the event loop, end the session elsewhere. */
    private void windowGone() {
        timing = window.timing();
        LOG.info(window.timingDetails());
        ui.stop();
        Thread end = new Thread(this::finish, "myofuse-console-end");
        end.start();
    }

    /** Stops the feeds and ends the session; completes the outcome. Never on the UI thread. */
    private void finish() {
        try {
            ui.awaitEnded(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopFeeds();
        Optional<SessionInfo> ended = Optional.empty();
        synchronized (this) {
            closing = true; // after a session switch going on, which is then the session to end
        }
        try {
            ended = session.end();
        } catch (ConsoleException e) {
            failure = failure.isEmpty() ? e.getMessage() : failure + "; " + e.getMessage();
        }
        outcome.complete(new ConsoleOutcome(ended, Optional.ofNullable(screenshot), failure, timing));
    }

    private void stopFeeds() {
        worker.shutdownNow();
        jobs.shutdown(); // a job doing database I/O is not interrupted: it ends, its answer finds no window
        if (subscription != null) {
            subscription.close();
        }
        if (listeners != null) {
            try {
                listeners.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "console: listeners already gone", e);
            }
        }
    }

    /** Opening failed: nothing may be left behind (the session, if begun, was ended by ConsoleSession). */
    private void abandon() {
        stopFeeds();
        ui.stop();
        outcome.complete(new ConsoleOutcome(Optional.empty(), Optional.empty(), "not opened", timing));
    }

    long sessionStartNanos() {
        return sessionStartNanos;
    }

    ConsoleSession consoleSession() {
        return session;
    }

    /**
     * Ends the session being recorded (a protocol run in it aborted first) and records a new one for
     * {@code patientId}, with the devices the console was opened with (or the scripted simulators when a
     * protocol runs on the default simulators); the protocol, when given, is recorded with it. The patient
     * is checked first, so that a refused patient leaves the current session recording. Job thread.
     *
     * @throws ConsoleException refused or failed, one line; when the new session fails after the old one
     *                          ended, the console goes on without recording
     */
    synchronized SessionInfo switchSession(String patientId, Optional<org.myofuse.api.protocol.ProtocolInfo> protocol)
            throws ConsoleException {
        if (closing) {
            throw new ConsoleException(text.get("workflow.closing"));
        }
        try {
            if (!patientId.isEmpty() && services.patients().isPresent()
                    && services.patients().get().patient(patientId).isEmpty()) {
                throw new ConsoleException(text.get("patients.unknown", patientId));
            }
        } catch (org.myofuse.api.store.StoreException e) {
            throw new ConsoleException(e.getMessage(), e);
        }
        var devices = nextDevices(protocol.isPresent());
        services.protocols().flatMap(org.myofuse.api.protocol.ProtocolEngine::current)
                .filter(run -> !run.state().ended()).ifPresent(run -> run.abort("a new session was started in the console"));
        session.end();
        ConsoleRequest next = new ConsoleRequest(devices, patientId, request.therapistId(), Optional.empty());
        ConsoleSession begun = ConsoleSession.begin(next, sessionServices(), protocol.map(p -> p.id()).orElse(""),
                protocol.map(p -> p.version()).orElse(""));
        session = begun;
        long start = services.clock().nanos();
        sessionStartNanos = start;
        SessionInfo recorded = begun.session().orElseThrow(() -> new ConsoleException(text.get("workflow.noStore")));
        new HandOver(ui.display()).back(() -> model.session(recorded, start));
        return recorded;
    }

    /**
     * The devices of the next session, checked before the current one ends: those the console was opened
     * with; with a protocol on the default simulators, the scripted ones that follow the run when this host
     * has them (else the plain simulators, which ConsoleSession adds for an empty list).
     */
    private List<org.myofuse.api.device.DeviceRequest> nextDevices(boolean protocol) throws ConsoleException {
        List<org.myofuse.api.device.DeviceRequest> asked = request.devices();
        if (asked.isEmpty() && protocol && ConsoleSession.etcConfigurations(services.etcDir()) == 0) {
            var scripted = ConsoleSession.SCRIPTED_DEVICES.stream().map(org.myofuse.api.device.DeviceRequest::parse).toList();
            try {
                for (var r : scripted) {
                    services.devices().check(r);
                }
                return scripted;
            } catch (org.myofuse.api.device.DeviceException e) {
                LOG.log(Level.FINE, "console: no scripted simulators here, the plain ones follow no protocol", e);
                return asked;
            }
        }
        for (var r : asked) {
            try {
                services.devices().check(r);
            } catch (org.myofuse.api.device.DeviceException e) {
                throw new ConsoleException("cannot add device " + r.toSpec() + ": " + e.getMessage(), e);
            }
        }
        return asked;
    }

    /** Waits until every device of the session streams, at most {@link #STREAMING_WAIT_NANOS}; whether they do. Job thread. */
    boolean awaitStreaming() {
        long deadline = System.nanoTime() + STREAMING_WAIT_NANOS;
        while (System.nanoTime() - deadline < 0) {
            List<String> ids = session.addedDevices();
            long streaming = services.devices().devices().stream()
                    .filter(d -> ids.contains(d.deviceId()) && d.state() == org.myofuse.api.device.DeviceState.STREAMING)
                    .count();
            if (streaming == ids.size()) {
                return true;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(STREAMING_POLL_NANOS);
        }
        return false;
    }

    Services services() {
        return services;
    }

    /** The window, for tests on the UI thread. */
    ConsoleWindow window() {
        return window;
    }

    UiThread ui() {
        return ui;
    }

    BusFeed busFeed() {
        return busFeed;
    }

    Subscription subscription() {
        return subscription;
    }

    ProtocolFeed protocolFeed() {
        return protocol;
    }

    @Override
    public Optional<SessionInfo> session() {
        return session == null ? Optional.empty() : session.session();
    }

    @Override
    public ConsoleOutcome await() throws InterruptedException {
        try {
            return outcome.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    boolean awaitEnded(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            outcome.get(timeout, unit);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    boolean ended() {
        return outcome.isDone();
    }

    @Override
    public void close() {
        if (ui.display().isDisposed()) {
            return;
        }
        try {
            ui.display().asyncExec(() -> {
                if (window != null && !window.shell().isDisposed()) {
                    window.shell().close();
                }
            });
        } catch (org.eclipse.swt.SWTException e) {
            // the display went meanwhile: the console is closing already
        }
    }
}
