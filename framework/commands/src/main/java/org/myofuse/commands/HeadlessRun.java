package org.myofuse.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceStatusEvent;
import org.myofuse.api.device.DeviceStatusListener;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;
import org.myofuse.commands.cli.Durations;
import org.myofuse.api.host.CommandInvocation;
import org.myofuse.commands.request.RunCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * {@code myofuse run --headless}: adds the requested devices (default: those configured in etc/, else
 * the three simulators), counts what reaches a bus consumer, prints a status line per second and every
 * state change, and on the end of the duration or a stop request removes the devices it added and
 * prints a summary per device.
 *
 * <p>A refused run leaves nothing behind: everything the run can refuse - each device request (type,
 * name, settings, the driver's own rules: {@link DeviceManager#check}), the devices configured in etc/,
 * the patient and the therapist - is checked before the session begins, and the devices are added
 * only once it has, so that the recording holds every sample they send. Should a checked device still
 * be refused when it is added (its driver went away in between), the run removes what it added and
 * ends the session, which stays as a complete session without that device's data: the store cannot
 * take a session back. A session that began is kept whatever its devices do afterwards, also when
 * none of them ever streams (a port that never answers): it records that the session took place.
 *
 * <p>Everything here runs on the command thread, except the status listener, which only queues.
 */
final class HeadlessRun implements CommandTask {

    static final List<String> DEFAULT_DEVICES = List.of("sim-iastm", "sim-emg", "sim-mat");
    /** The simulators with a protocol: the scripted therapist and patient, who follow the protocol run. */
    static final List<String> SCRIPTED_DEVICES = DEFAULT_DEVICES.stream().map(type -> type + "?scripted=true").toList();
    static final String CONSUMER_NAME = "myofuse run";

    private static final long SECOND = 1_000_000_000L;
    private static final long ETC_WAIT_MILLIS = 3_000;
    private static final long CLOSE_WAIT_MILLIS = 3_000;
    /** The longest wait for every device to stream before the duration starts counting anyway. */
    private static final long CONNECT_GRACE_NANOS = 10 * SECOND;
    private static final long STREAMING_POLL_NANOS = 20_000_000L;
    /** How long an aborted protocol run gets to report its end. */
    private static final long PROTOCOL_END_WAIT_NANOS = 3 * SECOND;
    private static final Object STOP = new Object();

    private final RunCommand command;
    private final Path etcDir;
    private final DeviceManager devices;
    private final StreamBus bus;
    private final SessionClock clock;
    private final Supplier<SessionStore> store;
    private final BundleContext context;
    private final PrintStream out;
    private final PrintStream err;

    private final LinkedBlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final StreamCounters counters = new StreamCounters();
    /** Devices this run added and must remove. */
    private final List<String> added = new ArrayList<>();
    /** Devices shown in the status line, by id, with their display names. */
    private final Map<String, String> shown = new LinkedHashMap<>();
    private volatile boolean stopping;
    private Subscription subscription;
    /** The protocol the run runs, null without {@code --protocol}. */
    private RunProtocol protocol;
    /** How the protocol run ended; null until it did. */
    private RunState protocolEnd;
    /** Why the run ends a protocol run that is still going. */
    private String protocolEndReason = "the run ended";

    /** {@code etcDir}: where devices may be configured ({@link EtcDevices}). */
    HeadlessRun(RunCommand command, CommandInvocation launch, Path etcDir, DeviceManager devices, StreamBus bus,
            SessionClock clock, Supplier<SessionStore> store, BundleContext context) {
        this.command = command;
        this.etcDir = etcDir;
        this.devices = devices;
        this.bus = bus;
        this.clock = clock;
        this.store = store;
        this.context = context;
        this.out = launch.out();
        this.err = launch.err();
    }

    @Override
    public void stop() {
        stopping = true;
        inbox.offer(STOP);
    }

    @Override
    public int run() throws CommandFailure, InterruptedException {
        if (!command.headless()) {
            err.println("myofuse: the clinician console is not installed yet: running headless");
        }
        SessionStore recorder = store.get();
        if (!command.protocolId().isEmpty()) {
            protocol = RunProtocol.check(command.protocolId(), context, inbox::offer);
            if (recorder == null) {
                throw new CommandFailure("cannot run protocol " + command.protocolId() + ": no session store is "
                        + "installed (a protocol runs in a recorded session)");
            }
        }
        List<DeviceRequest> requests = checkedRequests();
        if (recorder != null) {
            new SessionPeople(context).check(command.patientId(), command.therapistId());
        }
        long start = clock.nanos();
        subscription = bus.subscribe(CONSUMER_NAME, counters, StreamBus.DEFAULT_RING_SLOTS);
        ServiceRegistration<DeviceStatusListener> listener = context.registerService(DeviceStatusListener.class,
                inbox::offer, null);
        SessionInfo session = null;
        boolean streamed = false;
        try {
            if (requests.isEmpty()) {
                awaitEtcDevices();
            }
            if (stopping) {
                return CommandInvocation.EXIT_OK; // stopped before anything began: nothing to record
            }
            session = beginSession(recorder);
            for (DeviceRequest request : requests) {
                add(request);
            }
            streamed = true;
            stream(start, recorder != null, session);
        } finally {
            // Wind down even when interrupted: the devices must go and the summary must be printed.
            boolean interrupted = Thread.interrupted();
            if (protocol != null) {
                protocol.abort(protocolEndReason); // a failure or an interruption: not ended by stream()
                protocol.close();
            }
            long ended = clock.nanos();
            removeAddedDevices();
            endSession(recorder, session);
            unregister(listener);
            if (streamed) {
                printSummary(ended - start);
            }
            subscription.close();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return protocol == null ? CommandInvocation.EXIT_OK : protocolOutcome();
    }

    /** 0 for a protocol run that completed; a one-line failure (exit 1) for one aborted or never ended. */
    private int protocolOutcome() throws CommandFailure {
        if (protocolEnd == null) {
            throw new CommandFailure("protocol " + protocol.info().id() + " did not report its end (" + protocolEndReason
                    + ")");
        }
        if (protocolEnd.status() != RunState.Status.COMPLETED) {
            throw new CommandFailure(ProtocolLines.ended(protocolEnd));
        }
        return CommandInvocation.EXIT_OK;
    }

    private SessionInfo beginSession(SessionStore recorder) throws CommandFailure {
        if (recorder == null) {
            return null; // said once the devices are there, see stream()
        }
        try {
            String version = protocol == null ? "" : protocol.info().version();
            SessionInfo session = recorder.beginSession(command.patientId(), command.therapistId(), command.protocolId(),
                    version);
            out.println("recording session " + session.id());
            return session;
        } catch (StoreException | RuntimeException e) {
            throw new CommandFailure("cannot start recording: " + e.getMessage());
        }
    }

    private void endSession(SessionStore recorder, SessionInfo session) {
        if (recorder == null || session == null) {
            return;
        }
        try {
            recorder.endSession(session.id());
            out.println("session " + session.id() + " recorded");
        } catch (StoreException | RuntimeException e) {
            err.println("myofuse: session " + session.id() + " could not be completed: " + e.getMessage());
        }
    }

    /**
     * The devices this run adds, each checked as the device manager will add it: the {@code --device}
     * specs, else the simulators when etc/ configures nothing; empty when the devices of etc/ are used.
     */
    private List<DeviceRequest> checkedRequests() throws CommandFailure {
        List<String> specs = command.deviceSpecs();
        if (specs.isEmpty() && EtcDevices.count(etcDir) > 0) {
            return List.of();
        }
        List<DeviceRequest> requests = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String spec : specs.isEmpty() ? (protocol == null ? DEFAULT_DEVICES : SCRIPTED_DEVICES) : specs) {
            DeviceRequest request = parse(spec);
            if (!request.name().isEmpty() && !names.add(request.typeId() + "~" + request.name())) {
                throw new CommandFailure("cannot add device " + spec + ": a " + request.typeId() + " device named '"
                        + request.name() + "' is already among the --device specs");
            }
            try {
                devices.check(request);
            } catch (DeviceException e) {
                throw new CommandFailure("cannot add device " + spec + ": " + e.getMessage());
            }
            requests.add(request);
        }
        return requests;
    }

    private static DeviceRequest parse(String spec) throws CommandFailure {
        try {
            return DeviceRequest.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), CommandInvocation.EXIT_USAGE);
        }
    }

    /** The devices configured in etc/: waits for them, and refuses to go on when none was accepted. */
    private void awaitEtcDevices() throws CommandFailure {
        int configured = EtcDevices.count(etcDir);
        EtcDevices.await(devices, etcDir, ETC_WAIT_MILLIS, () -> stopping);
        List<DeviceInfo> present = devices.devices();
        if (present.isEmpty() && !stopping) {
            throw new CommandFailure("none of the " + configured + " device configuration(s) in " + etcDir
                    + " was accepted (see the messages above)");
        }
        present.forEach(d -> shown.put(d.deviceId(), d.name()));
    }

    private void add(DeviceRequest request) throws CommandFailure {
        try {
            String id = devices.addDevice(request);
            added.add(id);
            shown.put(id, request.name().isEmpty() ? request.typeId() : request.name());
        } catch (DeviceException e) {
            throw new CommandFailure("cannot add device " + request.toSpec() + ": " + e.getMessage());
        }
    }

    private void stream(long start, boolean recording, SessionInfo session)
            throws InterruptedException, CommandFailure {
        if (!recording) {
            err.println("myofuse: recording not available: no session store installed");
        }
        out.println("streaming " + String.join(", ", shown.values())
                + command.duration().map(d -> " for " + Durations.format(d)).orElse("")
                + (protocol == null ? "" : ", protocol " + protocol.info().id() + " " + protocol.info().version())
                + " (Ctrl-C stops)");
        // The duration counts streaming time: it starts once every device streams (connecting a serial
        // device can take seconds), or after CONNECT_GRACE at the latest. A protocol starts then too.
        long deadline = Long.MAX_VALUE;
        boolean deadlineSet = command.duration().isEmpty();
        boolean protocolPending = protocol != null;
        Map<String, Long> lastSamples = new LinkedHashMap<>();
        shown.keySet().forEach(id -> lastSamples.put(id, counters.device(id).samples()));
        long lastTick = start;
        long nextTick = start + SECOND;
        while (!stopping && protocolEnd == null) {
            long now = clock.nanos();
            boolean ready = (!deadlineSet || protocolPending) && (allStreaming() || now - start >= CONNECT_GRACE_NANOS);
            if (!deadlineSet && ready) {
                deadline = deadline(now, command.duration().get());
                deadlineSet = true;
            }
            if (protocolPending && ready) {
                protocolPending = false;
                protocol.start(session);
            }
            if (now - nextTick >= 0 && nextTick - deadline <= 0) {
                out.println(StatusLine.status(now - start, statuses(lastSamples, now - lastTick)));
                if (out.checkError()) {
                    // nobody reads the output any more (e.g. '| head'): end like a Unix tool on SIGPIPE
                    endProtocol("nobody reads the run's output", start);
                    return;
                }
                lastTick = now;
                nextTick = Math.max(nextTick + SECOND, now + SECOND / 2);
                continue;
            }
            if (now - deadline >= 0) {
                endProtocol("the run's duration of " + Durations.format(command.duration().get()) + " is over", start);
                return;
            }
            boolean polling = !deadlineSet || protocolPending;
            long wake = polling ? Math.min(nextTick, now + STREAMING_POLL_NANOS) : Math.min(nextTick, deadline);
            handle(inbox.poll(wake - now, TimeUnit.NANOSECONDS), start);
        }
        if (stopping) {
            endProtocol("the run was stopped", start);
        }
    }

    /** What reached the inbox: a device's state change, a protocol line or the protocol's end. */
    private void handle(Object item, long start) {
        if (item instanceof DeviceStatusEvent event && shown.containsKey(event.deviceId())) {
            String name = shown.get(event.deviceId());
            out.println(StatusLine.event(event.sessionNanos() - start, name, event.state(), event.reason()));
            if (protocol != null && protocol.running() && event.state() == DeviceState.DISCONNECTED) {
                protocolEndReason = "device " + name + " failed" + (event.reason().isEmpty() ? "" : ": " + event.reason());
                protocol.abort(protocolEndReason);
            }
        } else if (item instanceof RunProtocol.Line line) {
            long at = line.sessionNanos() < 0 ? clock.nanos() : line.sessionNanos();
            out.println(StatusLine.elapsed(at - start) + "  " + line.text());
        } else if (item instanceof RunProtocol.Ended end) {
            protocolEnd = end.state();
            out.println(StatusLine.elapsed(clock.nanos() - start) + "  " + ProtocolLines.ended(end.state()));
        }
    }

    /**
     * Aborts a protocol run that is still going, with {@code reason}, and waits a moment for the engine to
     * report its end (printing what comes meanwhile).
     */
    private void endProtocol(String reason, long start) throws InterruptedException {
        if (protocol == null || !protocol.running()) {
            return;
        }
        protocolEndReason = reason;
        protocol.abort(reason);
        long until = System.nanoTime() + PROTOCOL_END_WAIT_NANOS;
        while (protocolEnd == null) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Object item = inbox.poll(left, TimeUnit.NANOSECONDS);
            if (item != STOP) {
                handle(item, start);
            }
        }
    }

    private boolean allStreaming() {
        for (String id : shown.keySet()) {
            if (devices.device(id).map(d -> d.state() != DeviceState.STREAMING).orElse(true)) {
                return false;
            }
        }
        return true;
    }

    /** {@code start + duration} on the session clock, saturating for durations beyond what a long holds. */
    static long deadline(long start, Duration duration) {
        try {
            return Math.addExact(start, duration.toNanos());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Each shown device's state and rate since the last tick; updates {@code lastSamples}. */
    private List<StatusLine.DeviceStatus> statuses(Map<String, Long> lastSamples, long interval) {
        List<StatusLine.DeviceStatus> list = new ArrayList<>(shown.size());
        for (Map.Entry<String, String> e : shown.entrySet()) {
            StreamCounters.DeviceCounter c = counters.device(e.getKey());
            long samples = c.samples();
            long rate = StatusLine.rate(samples - lastSamples.getOrDefault(e.getKey(), 0L), interval);
            lastSamples.put(e.getKey(), samples);
            var info = devices.device(e.getKey());
            long drops = counters.dropped(e.getKey(), subscription);
            list.add(info.map(d -> new StatusLine.DeviceStatus(e.getValue(), d.state(), d.reason(), rate, c.gaps(), drops))
                    .orElseGet(() -> new StatusLine.DeviceStatus(e.getValue(), DeviceState.STOPPED,
                            "no longer configured", rate, c.gaps(), drops)));
        }
        return list;
    }

    private void removeAddedDevices() throws InterruptedException {
        List<Integer> ending = bus.openStreams().stream().filter(st -> added.contains(st.deviceId()))
                .map(StreamInfo::streamId).toList();
        for (String id : added) {
            try {
                devices.removeDevice(id, "run ended");
            } catch (RuntimeException e) {
                err.println("myofuse: cannot remove device " + shown.getOrDefault(id, id) + ": " + e.getMessage());
            }
        }
        if (!counters.awaitClosed(ending, CLOSE_WAIT_MILLIS)) {
            String still = bus.openStreams().stream().filter(st -> added.contains(st.deviceId()))
                    .map(st -> shown.getOrDefault(st.deviceId(), st.deviceId())).collect(Collectors.joining(", "));
            err.println("myofuse: streams did not end within " + CLOSE_WAIT_MILLIS / 1000 + " s of removing their devices"
                    + (still.isEmpty() ? "" : ": " + still));
        }
    }

    private void printSummary(long elapsed) {
        out.println("run ended after " + StatusLine.elapsed(elapsed));
        for (Map.Entry<String, String> e : shown.entrySet()) {
            StreamCounters.DeviceCounter c = counters.device(e.getKey());
            out.println(StatusLine.summary(new StatusLine.DeviceTotals(e.getValue(), c.samples(), c.gaps(),
                    c.gapSamples(), counters.dropped(e.getKey(), subscription), c.endReason())));
        }
        out.flush();
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // Already gone with the bundle.
        }
    }
}
