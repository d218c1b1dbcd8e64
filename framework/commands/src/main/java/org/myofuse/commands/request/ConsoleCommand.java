package org.myofuse.commands.request;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code myofuse console} (and {@code myofuse} without a command): open the clinician console for a
 * recorded session, or run headless where there is no display.
 *
 * @param deviceSpecs the {@code --device} specs in order, each syntactically valid; empty for the
 *                    default devices (those configured in etc/, else the three simulators)
 * @param patientId   pseudonymous patient code, "" if none
 * @param therapistId code of the therapist, "" if none
 * @param screenshot  the PNG to write of the running console, then close; empty to run until closed
 * @param after       how long after opening the screenshot is taken
 */
public record ConsoleCommand(List<String> deviceSpecs, String patientId, String therapistId, Optional<Path> screenshot,
        Duration after) implements Command {

    /** How long after opening a screenshot is taken when {@code --after} is not given. */
    public static final Duration DEFAULT_AFTER = Duration.ofSeconds(5);

    public ConsoleCommand {
        deviceSpecs = List.copyOf(deviceSpecs);
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(therapistId, "therapistId");
        Objects.requireNonNull(screenshot, "screenshot");
        Objects.requireNonNull(after, "after");
    }

    /** What {@code myofuse} without a command does. */
    public static ConsoleCommand defaultConsole() {
        return new ConsoleCommand(List.of(), "", "", Optional.empty(), DEFAULT_AFTER);
    }

    @Override
    public String name() {
        return "console";
    }
}
