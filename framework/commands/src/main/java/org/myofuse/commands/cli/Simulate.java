package org.myofuse.commands.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.myofuse.commands.request.SimulateCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code myofuse simulate}. Besides its own options, a simulator may declare options of its own
 * ({@code --firmware v3}, {@code --daisy}); which ones is known only in the host, once the simulator
 * is found, so they are kept as typed ({@link CommandLineParser} lets unknown options of this command
 * through as arguments after TYPE) and read by {@link SimulatorOptions}. For the same reason the help
 * is answered by the command, which adds the simulators' options to it.
 */
@Command(name = Simulate.NAME,
        header = "serve a simulated device on a pseudo-terminal: myofuse simulate TYPE",
        customSynopsis = "myofuse simulate TYPE [--seed N] [--corrupt RATE] [TYPE's own options]",
        description = {
                "Serves a simulated TYPE device that speaks the device's own wire protocol on a new",
                "pseudo-terminal, prints the port to connect to and serves until stopped (Ctrl-C or",
                "SIGTERM). Connect from another terminal, e.g.",
                "  myofuse run --headless --device openbci-cyton@PORT --duration 10s",
                "Types: those whose plugin provides a wire simulator (openbci-cyton, iastm-force,",
                "pressure-mat, line-device). Needs socat." },
        footer = {
                "A simulator may have options of its own, given after TYPE, e.g.",
                "  myofuse simulate openbci-cyton --firmware v2 --daisy",
                "myofuse simulate TYPE --help lists them (myofuse simulate --help: those of every simulator)." })
final class Simulate implements CliCommand {

    static final String NAME = "simulate";

    private String type;
    /** What follows TYPE and is not an option of this command: the simulator's own options. */
    private final List<String> simulatorOptions = new ArrayList<>();

    private Long seed;
    private Double corrupt;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Parameters(index = "0", arity = "0..1", hideParamSyntax = true, paramLabel = "TYPE",
            description = "the device type to simulate")
    void type(String typeId) {
        type = typeId;
    }

    @Parameters(index = "1..*", arity = "0..*", hidden = true)
    void simulatorOption(List<String> args) {
        simulatorOptions.clear();
        simulatorOptions.addAll(args);
    }

    @Option(names = "--seed", paramLabel = "N", order = 1,
            description = "seed of the simulated signal and of the damage (default 1)")
    void seed(String text) throws UsageException {
        seed = Values.once(seed, "--seed", number("--seed", text, Long::valueOf), NAME);
    }

    @Option(names = "--corrupt", paramLabel = "RATE", order = 2, description = {
            "probability 0 to 1 of damaging each frame: truncated frames, bad",
            "footers and garbage between frames (default 0)" })
    void corrupt(String text) throws UsageException {
        double rate = number("--corrupt", text, Double::valueOf);
        if (!(rate >= 0 && rate <= 1)) {
            throw new UsageException("option --corrupt " + rate + ": must be 0 to 1 " + Values.hint(NAME));
        }
        corrupt = Values.once(corrupt, "--corrupt", rate, NAME);
    }

    private static <T> T number(String option, String text, java.util.function.Function<String, T> parse)
            throws UsageException {
        String value = Values.text(option, text, NAME);
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            throw new UsageException("option " + option + " '" + value + "': not a number " + Values.hint(NAME));
        }
    }

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        if (type == null) {
            throw new UsageException("simulate needs a device type, e.g. myofuse simulate openbci-cyton "
                    + Values.hint(NAME));
        }
        checkTypeFirst();
        if (!simulatorOptions.isEmpty() && !simulatorOptions.get(0).startsWith("-")) {
            throw new UsageException("unexpected argument '" + simulatorOptions.get(0) + "' for simulate " + Values.hint(NAME));
        }
        return globals.launch(new SimulateCommand(type, seed == null ? 1 : seed, corrupt == null ? 0 : corrupt,
                simulatorOptions, Optional.empty()));
    }

    /** {@code --help}: the command answers it in the host, adding the simulators' own options to {@code text}. */
    Invocation help(Globals globals, String text) throws UsageException {
        String typeId = type == null || type.startsWith("-") ? "" : type;
        return globals.launch(new SimulateCommand(typeId, 1, 0, List.of(), Optional.of(text)));
    }

    /** An option before TYPE that the command does not have took TYPE's place: a simulator's option, or a typo. */
    private void checkTypeFirst() throws UsageException {
        if (type.startsWith("-")) {
            throw new UsageException("unknown option " + type + " for simulate: a simulator's own options follow its"
                    + " TYPE, e.g. myofuse simulate openbci-cyton --firmware v2 " + Values.hint(NAME));
        }
    }
}
