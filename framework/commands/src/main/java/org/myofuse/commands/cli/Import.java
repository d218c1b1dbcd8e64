package org.myofuse.commands.cli;

import java.util.Optional;

import org.myofuse.commands.request.ImportCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myofuse import}. */
@Command(name = Import.NAME,
        header = "store an OpenBCI, BrainFlow or Myofuse CSV recording as a session",
        customSynopsis = "myofuse import FILE --format openbci|brainflow|csv [--patient ID]",
        description = {
                "Stores a recording made elsewhere as a new, complete session:",
                "  openbci     an OpenBCI GUI recording (OpenBCI-RAW-*.txt, any generation of its format)",
                "  brainflow   a BrainFlow CSV file (DataFilter.write_file)",
                "  csv         a CSV file of myofuse export",
                "The whole file is checked before anything is stored, and the session is stored in one",
                "transaction: a file of another format, a truncated or corrupt file stores nothing.",
                "Prints the new session's id; progress is shown on stderr." })
final class Import implements CliCommand {

    static final String NAME = "import";

    @Parameters(arity = "0..1", hideParamSyntax = true, paramLabel = "FILE", description = "the recording to store")
    private String file;

    private String format;
    private String patient;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Option(names = "--format", paramLabel = "F", order = 1, description = "openbci, brainflow or csv")
    void format(String text) throws UsageException {
        format = Values.once(format, "--format", Formats.of(text, ImportCommand.FORMATS, NAME), NAME);
    }

    @Option(names = "--patient", paramLabel = "ID", order = 2, description = "the registered patient the session belongs to")
    void patient(String id) throws UsageException {
        patient = Values.once(patient, "--patient", Values.text("--patient", id, NAME), NAME);
    }

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        if (file == null) {
            throw new UsageException("import needs a file, e.g. myofuse import recording.txt --format openbci "
                    + Values.hint(NAME));
        }
        if (format == null) {
            throw new UsageException("import needs --format openbci, brainflow or csv " + Values.hint(NAME));
        }
        return globals.launch(new ImportCommand(Values.absolute(file, NAME), format, Optional.ofNullable(patient)));
    }
}
