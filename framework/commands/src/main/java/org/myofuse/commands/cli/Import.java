package org.myofuse.commands.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.myofuse.commands.request.ImportCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myofuse import}. */
@Command(name = Import.NAME,
        header = "store recordings made elsewhere (OpenBCI, BrainFlow, Myofuse CSV, EDF+, BDF+) as one session",
        customSynopsis = "myofuse import FILE... --format openbci|brainflow|csv|edf|bdf [--patient ID] [--start YYYY-MM-DD]",
        description = {
                "Stores the files of one recording made elsewhere as one new, complete session:",
                "  openbci     OpenBCI GUI recordings (OpenBCI-RAW-*.txt, any generation of the format)",
                "  brainflow   BrainFlow CSV files (DataFilter.write_file)",
                "  csv         CSV files of myofuse export (one per device)",
                "  edf, bdf    EDF/EDF+ or BDF/BDF+ files, of myofuse export or of other tools",
                "The files' streams are placed on one timeline by their start times and their",
                "annotations merged; two files of one device follow each other with a gap between",
                "them, and a stream that overlaps another of the same device is refused.",
                "A file that carries only a time of day (older OpenBCI GUI files) is imported with its",
                "date marked unknown, unless --start names the day of the recording.",
                "The session is stored in one transaction: a file of another format, a truncated or",
                "corrupt file stores nothing. Prints the new session's id; progress is shown on stderr." })
final class Import implements CliCommand {

    static final String NAME = "import";

    @Parameters(arity = "0..*", hideParamSyntax = true, paramLabel = "FILE", description = "the files of the recording")
    private List<String> files = new ArrayList<>();

    private String format;
    private String patient;
    private LocalDate start;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Option(names = "--format", paramLabel = "F", order = 1, description = "openbci, brainflow, csv, edf or bdf")
    void format(String text) throws UsageException {
        format = Values.once(format, "--format", Formats.of(text, ImportCommand.FORMATS, NAME), NAME);
    }

    @Option(names = "--patient", paramLabel = "ID", order = 2, description = "the registered patient the session belongs to")
    void patient(String id) throws UsageException {
        patient = Values.once(patient, "--patient", Values.text("--patient", id, NAME), NAME);
    }

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", order = 3,
            description = "the day of the recording, for files that carry only a time of day")
    void start(String text) throws UsageException {
        start = Values.once(start, "--start", Values.date("--start", Values.text("--start", text, NAME), NAME), NAME);
    }

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        if (files.isEmpty()) {
            throw new UsageException("import needs a file, e.g. myofuse import recording.txt --format openbci "
                    + Values.hint(NAME));
        }
        if (format == null) {
            throw new UsageException("import needs --format openbci, brainflow, csv, edf or bdf " + Values.hint(NAME));
        }
        List<Path> paths = new ArrayList<>();
        for (String file : files) {
            Path path = Values.absolute(file, NAME);
            if (paths.contains(path)) {
                throw new UsageException("import: " + file + " is given twice " + Values.hint(NAME));
            }
            paths.add(path);
        }
        return globals.launch(new ImportCommand(paths, format, Optional.ofNullable(patient), Optional.ofNullable(start)));
    }
}
