package org.myofuse.commands.request;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code myofuse devices [--settings TYPE]}: list installed device types, configured devices and serial
 * ports, or the settings of one installed device type, then exit.
 *
 * @param settingsType the device type whose settings to print; empty for the listing
 */
public record DevicesCommand(Optional<String> settingsType) implements Command {

    public DevicesCommand {
        Objects.requireNonNull(settingsType, "settingsType");
    }

    /** {@code myofuse devices}. */
    public static DevicesCommand listing() {
        return new DevicesCommand(Optional.empty());
    }

    @Override
    public String name() {
        return "devices";
    }
}
