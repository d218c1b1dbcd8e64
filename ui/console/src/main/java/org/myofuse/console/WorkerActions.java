package org.myofuse.console;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.InstalledDeviceType;
import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.protocol.ProtocolRun;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.serial.SerialPortInfo;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.console.ui.ConsoleActions;
import org.myofuse.console.ui.Messages;

/**
 * The console's controls carried out on its worker thread - device manager, serial ports, journal and
 * protocol calls may block - with each answer handed back to the UI thread. A control that fails says
 * so in one line; nothing it does can stop the recording.
 */
final class WorkerActions implements ConsoleActions {

    /** The journal entry type of a moment the therapist marked. */
    static final String MARK = JournalEntry.MARK;
    /** The journal origin of what the console writes for the therapist. */
    static final String ORIGIN = JournalEntry.THERAPIST;

    private final OpenConsole console;
    private final ExecutorService worker;
    private final HandOver hand;
    private final Messages text;

    WorkerActions(OpenConsole console, ExecutorService worker, HandOver hand, Messages text) {
        this.console = console;
        this.worker = worker;
        this.hand = hand;
        this.text = text;
    }

    /** Runs {@code work} on the worker; its result goes to {@code answer} on the UI thread, a failure's line to {@code refused}. */
    private <T> void off(Callable<T> work, Consumer<T> answer, Consumer<String> refused) {
        hand.off(worker, work, answer, line -> refused.accept(text.get("devices.refused", line)));
    }

    @Override
    public void installedTypes(Consumer<List<InstalledDeviceType>> answer) {
        off(() -> console.services().devices().installedTypes(), answer, line -> { });
    }

    @Override
    public void ports(Consumer<List<SerialPortInfo>> answer) {
        off(() -> console.services().serial().map(s -> s.ports()).orElse(List.of()), answer, line -> { });
    }

    @Override
    public void settings(String typeId, Consumer<List<SettingDescription>> answer, Consumer<String> refused) {
        off(() -> console.services().devices().settings(typeId), answer, refused);
    }

    @Override
    public void connect(String spec, Consumer<String> answer) {
        off(() -> {
            DeviceRequest request = parse(spec);
            console.consoleSession().add(request);
            return text.get("devices.connected", request.toSpec());
        }, answer, answer);
    }

    private static DeviceRequest parse(String spec) throws DeviceException {
        try {
            return DeviceRequest.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(e.getMessage());
        }
    }

    @Override
    public void disconnect(String deviceId, Consumer<String> answer) {
        off(() -> {
            console.consoleSession().remove(deviceId);
            return text.get("devices.disconnected", org.myofuse.api.device.DeviceInfo.configuredName(deviceId));
        }, answer, answer);
    }

    @Override
    public void mark(Consumer<String> answer) {
        long now = console.services().clock().nanos();
        off(() -> {
            Optional<SessionInfo> session = console.session();
            if (session.isEmpty() || console.services().journal().isEmpty()) {
                return text.get("action.notRecording");
            }
            boolean kept = console.services().journal().get().append(session.get().id(),
                    new JournalEntry(now, MARK, "", Double.NaN, "", "marked in the console", ORIGIN));
            return kept ? text.get("action.marked", elapsed(now - console.sessionStartNanos())) // as the header counts
                    : text.get("action.notRecording");
        }, answer, answer);
    }

    private String elapsed(long nanos) {
        long s = nanos / 1_000_000_000L;
        return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    @Override
    public void start(Consumer<String> answer) {
        protocol(run -> {
            RunState state = run.state();
            if (state.status() == RunState.Status.PAUSED) {
                return run.resume() ? text.get("action.resumed") : text.get("action.notApplicable");
            }
            if (state.step().awaiting() == StepState.Awaiting.CONFIRMATION) {
                return run.confirm() ? text.get("action.confirmed") : text.get("action.notApplicable");
            }
            return text.get("action.notApplicable");
        }, answer);
    }

    @Override
    public void pause(Consumer<String> answer) {
        protocol(run -> run.state().status() == RunState.Status.PAUSED
                ? run.resume() ? text.get("action.resumed") : text.get("action.notApplicable")
                : run.pause() ? text.get("action.paused") : text.get("action.notApplicable"), answer);
    }

    @Override
    public void nextStep(Consumer<String> answer) {
        protocol(run -> run.skip() ? text.get("action.next") : text.get("action.notApplicable"), answer);
    }

    private interface Control {
        String on(ProtocolRun run);
    }

    private void protocol(Control control, Consumer<String> answer) {
        off(() -> {
            Optional<ProtocolRun> run = console.services().protocols().flatMap(e -> e.current());
            return run.isEmpty() || run.get().state().ended() ? text.get("action.noProtocol") : control.on(run.get());
        }, answer, answer);
    }
}
