package org.myofuse.commands.cli;

import org.myofuse.commands.request.SimulateCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myofuse simulate}. */
@Command(name = Simulate.NAME,
        header = "serve a simulated device on a pseudo-terminal: myofuse simulate TYPE",
        customSynopsis = "myofuse simulate TYPE [--seed N] [--corrupt RATE]",
        description = {
                "Serves a simulated TYPE device that speaks the device's own wire protocol on a new",
                "pseudo-terminal, prints the port to connect to and serves until stopped (Ctrl-C or",
                "SIGTERM). Connect from another terminal, e.g.",
                "  myofuse run --headless --device openbci-cyton@PORT --duration 10s",
                "Types: those whose plugin provides a wire simulator (openbci-cyton, iastm-force,",
                "pressure-mat, line-device). Needs socat." })
final class Simulate implements CliCommand {

    static final String NAME = "simulate";

    @Parameters(arity = "0..1", hideParamSyntax = true, paramLabel = "TYPE", description = "the device type to simulate")
    private String type;

    private Long seed;
    private Double corrupt;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

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
        return globals.launch(new SimulateCommand(type, seed == null ? 1 : seed, corrupt == null ? 0 : corrupt));
    }
}
