package org.myofuse.commands.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.myofuse.commands.request.ConsoleCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code myofuse console}. */
@Command(name = Console.NAME,
        header = "open the clinician console and record a session (what myofuse alone does)",
        customSynopsis = {
                "myofuse console [--device SPEC]... [--patient ID] [--therapist ID]",
                "                [--screenshot FILE [--after SECONDS]]" },
        description = {
                "Opens the clinician console with the devices (default: those configured in etc/, else",
                "the simulators sim-iastm, sim-emg and sim-mat) and records the session in the session",
                "store until the window is closed, Ctrl-C or SIGTERM; then it removes the devices it",
                "added and completes the session. Live views: force, EMG, pressure mat, cues, devices.",
                "On a machine without a display it says so in one line and runs headless, as",
                "'myofuse run --headless' does." },
        footer = {
                "Keys: F5 start, Space or F6 pause/resume, N or F7 next step, M or F8 mark the moment,",
                "Ctrl+1 live, Ctrl+2 devices, F11 full screen, Ctrl+Q close.",
                "A refused device, patient or therapist stores nothing (checked before the session begins)." })
final class Console implements CliCommand {

    static final String NAME = "console";

    private final Consumer<String> deviceSpecCheck;
    private final List<String> devices = new ArrayList<>();
    private String patient;
    private String therapist;
    private Path screenshot;
    private Duration after;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    /** @param deviceSpecCheck checks one {@code --device} spec, throwing IllegalArgumentException with one line */
    Console(Consumer<String> deviceSpecCheck) {
        this.deviceSpecCheck = deviceSpecCheck;
    }

    @Option(names = "--device", paramLabel = "SPEC", order = 1, description = {
            "a device to add: TYPE[@PORT][?key=value&...]; repeat for several",
            "devices. Default: the devices configured in etc/, else the simulators" })
    void device(String spec) throws UsageException {
        String checked = Values.text("--device", spec, NAME);
        try {
            deviceSpecCheck.accept(checked);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " " + Values.hint(NAME));
        }
        devices.add(checked);
    }

    @Option(names = "--patient", paramLabel = "ID", order = 2, description = "pseudonymous patient code of the session")
    void patient(String id) throws UsageException {
        patient = Values.once(patient, "--patient", Values.text("--patient", id, NAME), NAME);
    }

    @Option(names = "--therapist", paramLabel = "ID", order = 3, description = "code of the therapist running the session")
    void therapist(String id) throws UsageException {
        therapist = Values.once(therapist, "--therapist", Values.text("--therapist", id, NAME), NAME);
    }

    @Option(names = "--screenshot", paramLabel = "FILE", order = 4, description = {
            "write a PNG of the running console to FILE, then close it (the",
            "session is completed as when the window is closed)" })
    void screenshot(String file) throws UsageException {
        screenshot = Values.once(screenshot, "--screenshot",
                Values.absolute(Values.text("--screenshot", file, NAME), NAME), NAME);
    }

    @Option(names = "--after", paramLabel = "SECONDS", order = 5, description = {
            "when to take the screenshot: seconds after the console opened",
            "(e.g. 8 or 2.5; a duration such as 1m30s also works); default 5" })
    void after(String text) throws UsageException {
        after = Values.once(after, "--after", seconds(Values.text("--after", text, NAME)), NAME);
    }

    /** A positive number of seconds (decimals allowed), or a duration with units. */
    static Duration seconds(String text) throws UsageException {
        try {
            BigDecimal s = new BigDecimal(text.strip());
            if (s.signum() > 0 && s.compareTo(BigDecimal.valueOf(86_400)) <= 0) {
                return Duration.ofMillis(Math.max(1, s.movePointRight(3).longValue()));
            }
            throw new UsageException("option --after " + text + ": must be more than 0 and at most 86400 seconds "
                    + Values.hint(NAME));
        } catch (NumberFormatException e) {
            try {
                return Durations.parse(text);
            } catch (IllegalArgumentException d) {
                throw new UsageException("option --after '" + text + "': expected seconds, e.g. 8 or 2.5 " + Values.hint(NAME));
            }
        }
    }

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        if (after != null && screenshot == null) {
            throw new UsageException("option --after needs --screenshot " + Values.hint(NAME));
        }
        return globals.launch(new ConsoleCommand(devices, orEmpty(patient), orEmpty(therapist),
                Optional.ofNullable(screenshot), after == null ? ConsoleCommand.DEFAULT_AFTER : after));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
