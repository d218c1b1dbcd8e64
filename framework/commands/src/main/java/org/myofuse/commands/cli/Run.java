package org.myofuse.commands.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.myofuse.commands.request.RunCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code myofuse run}. */
@Command(name = Run.NAME,
        header = "connect devices and stream them, one status line per second",
        customSynopsis = {
                "myofuse run --headless [--device SPEC]... [--duration D] [--patient ID] [--therapist ID]",
                "                   [--protocol ID]" },
        description = {
                "Connects devices, streams them through the bus and prints one status line per second",
                "(samples per second, gaps and dropped blocks of each device) and every device state",
                "change, until the duration has passed or myofuse is stopped with Ctrl-C or SIGTERM.",
                "Then it removes the devices it added and prints a summary line per device." },
        footer = {
                "With the session store installed the run is recorded as a session (of --patient and",
                "--therapist, who must be registered: myofuse patients add ID, myofuse therapists add ID);",
                "Ctrl-C or SIGTERM completes it. A run refused for a device (unknown type or setting, a",
                "value the driver does not accept), a patient, a therapist or a protocol stores nothing:",
                "all of them are checked before the session begins. Once begun, the session is kept",
                "whatever the devices do, also when none of them ever streams.",
                "",
                "With --protocol the installed protocol ID (myofuse protocols) runs in the session once",
                "the devices stream: a line per step and count (step 3/9 Release, ...: 4/12 strokes) and",
                "per cue, and the run ends when the protocol ends: exit 0 when it completed, 1 when it was",
                "aborted - by a device that failed, by the end of --duration, by Ctrl-C. Without --device",
                "the simulators are added scripted (sim-iastm?scripted=true, ...): a scripted therapist",
                "and patient who follow the protocol's steps and cues." })
final class Run implements CliCommand {

    static final String NAME = "run";

    private final Consumer<String> deviceSpecCheck;
    private boolean headless;
    private final List<String> devices = new ArrayList<>();
    private Duration duration;
    private String patient;
    private String therapist;
    private String protocol;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    /** @param deviceSpecCheck checks one {@code --device} spec, throwing IllegalArgumentException with one line */
    Run(Consumer<String> deviceSpecCheck) {
        this.deviceSpecCheck = deviceSpecCheck;
    }

    @Option(names = "--headless", arity = "0", order = 1, description = {
            "run without the clinician console. The console is not installed",
            "yet: run is always headless for now" })
    void headless(boolean on) {
        headless = true;
    }

    @Option(names = "--device", paramLabel = "SPEC", order = 2, description = {
            "a device to add: TYPE[@PORT][?key=value&...], e.g. sim-emg?seed=7",
            "or openbci-cyton@/dev/ttyUSB0; repeat for several devices.",
            "Default: the devices configured in etc/, else the simulators",
            "sim-iastm, sim-emg and sim-mat" })
    void device(String spec) throws UsageException {
        String checked = Values.text("--device", spec, NAME);
        try {
            deviceSpecCheck.accept(checked);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " " + Values.hint(NAME));
        }
        devices.add(checked);
    }

    @Option(names = "--duration", paramLabel = "D", order = 3, description = {
            "stream for D once every device streams (connecting is not",
            "counted; at most 10 s of it is waited for): 500ms, 90s,",
            "5m, 1h, or combined such as 1h30m" })
    void duration(String text) throws UsageException {
        String value = Values.text("--duration", text, NAME);
        try {
            duration = Values.once(duration, "--duration", Durations.parse(value), NAME);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " " + Values.hint(NAME));
        }
    }

    @Option(names = "--patient", paramLabel = "ID", order = 4, description = "pseudonymous patient code of the session")
    void patient(String id) throws UsageException {
        patient = Values.once(patient, "--patient", Values.text("--patient", id, NAME), NAME);
    }

    @Option(names = "--therapist", paramLabel = "ID", order = 5, description = "code of the therapist running the session")
    void therapist(String id) throws UsageException {
        therapist = Values.once(therapist, "--therapist", Values.text("--therapist", id, NAME), NAME);
    }

    @Option(names = "--protocol", paramLabel = "ID", order = 6, description = {
            "run the installed protocol ID in the session and end with it", "(myofuse protocols lists them)" })
    void protocol(String id) throws UsageException {
        protocol = Values.once(protocol, "--protocol", Values.text("--protocol", id, NAME), NAME);
    }

    @Override
    public Invocation invocation(Globals globals) {
        return globals.launch(new RunCommand(headless, devices, Optional.ofNullable(duration), orEmpty(patient),
                orEmpty(therapist), orEmpty(protocol)));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
