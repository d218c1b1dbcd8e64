package org.myofuse.commands.cli;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Parses and checks a {@code myofuse} command line with picocli, over the annotated commands of this
 * package. Global options ({@code --home}, {@code --boot-time}) may stand before the command or among
 * its options; an option's value follows it ({@code --duration 90s}) or is joined with {@code =}
 * ({@code --duration=90s}). Bad usage is one line in myofuse's own wording ({@link UsageErrors}).
 *
 * <p>Thread-safe: each {@link #parse} builds its own picocli model, whose commands hold what that one
 * line says.
 */
public final class CommandLineParser {

    private final String version;
    private final Consumer<String> deviceSpecCheck;

    /**
     * @param version         the version printed by {@code --version}
     * @param deviceSpecCheck checks the syntax of one {@code --device} spec, throwing
     *                        {@link IllegalArgumentException} with a one-line message if it is malformed
     */
    public CommandLineParser(String version, Consumer<String> deviceSpecCheck) {
        this.version = Objects.requireNonNull(version, "version");
        this.deviceSpecCheck = Objects.requireNonNull(deviceSpecCheck, "deviceSpecCheck");
    }

    /**
     * Parses the arguments.
     *
     * @return the command to carry out, or a text to print for help, version and completion requests
     * @throws UsageException if the command line is wrong, with a one-line message
     */
    public Invocation parse(List<String> args) throws UsageException {
        Globals globals = new Globals();
        CommandLine line = commandLine(globals);
        ParseResult result;
        try {
            result = line.parseArgs(args.toArray(String[]::new));
        } catch (TextAnswer answer) {
            if (answer.text() == null && answer.getCommandLine().getCommand() instanceof Simulate simulate) {
                return simulate.help(globals, HelpTexts.of(answer.getCommandLine()));
            }
            return new TextRequest(answer.text() != null ? answer.text() : HelpTexts.of(answer.getCommandLine()));
        } catch (ParameterException e) {
            throw new UsageException(UsageErrors.of(e));
        }
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        return ((CliCommand) result.commandSpec().userObject()).invocation(globals);
    }

    /** The command tree for one parse: its commands hold what the line says. */
    private CommandLine commandLine(Globals globals) {
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == GlobalOptions.class) {
                    return type.cast(new GlobalOptions(globals));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine line = new CommandLine(new Myofuse(version), factory);
        for (Object command : List.of(new Console(deviceSpecCheck), new Run(deviceSpecCheck), new Devices(), new Shell(), new Boot(), new Simulate(),
                new Patients(), new Therapists(), new Sessions(), new Export(), new Import(), new Replay(),
                new Summary(), new Report(), new Assess(), new Program(), new Programs(), new Protocols(), new Protocol(), new Completion(), new Help())) {
            line.addSubcommand(command);
        }
        // Each option checks its own repetition (boolean flags may repeat, as they always could).
        line.setOverwrittenOptionsAllowed(true);
        // A file named on the line is a file, never a source of more arguments.
        line.setExpandAtFiles(false);
        // A simulator's own options are known only in the host: simulate keeps them as arguments.
        line.getSubcommands().get(Simulate.NAME).setUnmatchedOptionsArePositionalParams(true);
        HelpTexts.configure(line);
        return line;
    }
}
