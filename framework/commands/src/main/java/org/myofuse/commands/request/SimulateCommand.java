package org.myofuse.commands.request;

import java.util.Objects;

/**
 * {@code myofuse simulate TYPE}: serve a simulated device on a fresh pseudo-terminal until stopped.
 *
 * @param typeId      the device type to simulate, e.g. {@code openbci-cyton}
 * @param seed        seed of the simulated signal and damage
 * @param corruptRate probability of damaging each frame, 0 to 1
 */
public record SimulateCommand(String typeId, long seed, double corruptRate) implements Command {

    public SimulateCommand {
        Objects.requireNonNull(typeId, "typeId");
        if (!(corruptRate >= 0 && corruptRate <= 1)) {
            throw new IllegalArgumentException("corrupt rate must be 0 to 1, was " + corruptRate);
        }
    }

    @Override
    public String name() {
        return "simulate";
    }
}
