package org.myofuse.commands.request;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code myofuse run}: connect devices and stream them until the duration has passed or the process is
 * stopped.
 *
 * @param headless    true if {@code --headless} was given (or no command at all); false asks for the
 *                    console, which runs headless until the console exists
 * @param deviceSpecs the {@code --device} specs in order, each syntactically valid
 *                    ({@code TYPE[@PORT][?key=value&...]}); empty for the default devices
 * @param duration    how long to run, empty to run until stopped
 * @param patientId   pseudonymous patient code, "" if none
 * @param therapistId code of the therapist running the session, "" if none
 * @param protocolId  the installed protocol to run in the session, "" if none
 */
public record RunCommand(boolean headless, List<String> deviceSpecs, Optional<Duration> duration, String patientId,
        String therapistId, String protocolId) implements Command {

    public RunCommand {
        deviceSpecs = List.copyOf(deviceSpecs);
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(therapistId, "therapistId");
        Objects.requireNonNull(protocolId, "protocolId");
    }

    /** What {@code myofuse} without a command does. */
    public static RunCommand defaultRun() {
        return new RunCommand(true, List.of(), Optional.empty(), "", "", "");
    }

    @Override
    public String name() {
        return "run";
    }
}
