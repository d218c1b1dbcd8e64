package org.myofuse.commands.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code myofuse simulate TYPE}: serve a simulated device on a fresh pseudo-terminal until stopped; or,
 * with {@code --help}, print the help with the options of TYPE's simulator (of every installed simulator
 * without TYPE), which only the host can tell.
 *
 * @param typeId           the device type to simulate, e.g. {@code openbci-cyton}; "" only with help
 * @param seed             seed of the simulated signal and damage
 * @param corruptRate      probability of damaging each frame, 0 to 1
 * @param simulatorOptions the simulator's own options as typed ({@code --firmware v3}, {@code --daisy}),
 *                         read against what the simulator declares once it is found
 *                         ({@link org.myofuse.commands.cli.SimulatorOptions})
 * @param help             the command's help text, when help was asked for instead of a simulation
 */
public record SimulateCommand(String typeId, long seed, double corruptRate, List<String> simulatorOptions,
        Optional<String> help) implements Command {

    public SimulateCommand {
        Objects.requireNonNull(typeId, "typeId");
        simulatorOptions = List.copyOf(simulatorOptions);
        Objects.requireNonNull(help, "help");
        if (!(corruptRate >= 0 && corruptRate <= 1)) {
            throw new IllegalArgumentException("corrupt rate must be 0 to 1, was " + corruptRate);
        }
        if (typeId.isEmpty() && help.isEmpty()) {
            throw new IllegalArgumentException("simulate needs a device type");
        }
    }

    /** A simulation with the simulator's default options. */
    public SimulateCommand(String typeId, long seed, double corruptRate) {
        this(typeId, seed, corruptRate, List.of(), Optional.empty());
    }

    @Override
    public String name() {
        return "simulate";
    }
}
