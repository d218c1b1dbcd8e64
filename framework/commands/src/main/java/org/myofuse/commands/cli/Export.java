package org.myofuse.commands.cli;

import org.myofuse.commands.request.ExportCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myofuse export}. */
@Command(name = Export.NAME,
        header = "write a session to CSV, EDF+ or BDF+: myofuse export SESSION --format edf --out F",
        customSynopsis = "myofuse export SESSION --format csv|edf|bdf --out PATH",
        description = {
                "Writes a stored session (see myofuse sessions) to files researchers' tools read:",
                "  csv   one CSV file per stream with a header naming the device, channels, units,",
                "        rate, start time and gaps (docs/formats/csv.md)",
                "  edf   EDF+ (16-bit), events and gaps as annotations; EDF+D where there are gaps",
                "  bdf   BDF+ (24-bit), likewise",
                "With one stream the file is PATH; with several, each stream goes to",
                "PATH-without-extension-DEVICE.EXT beside it. Files are written under temporary names",
                "and moved into place when all are complete: on an error nothing is left behind.",
                "Progress is shown on stderr." })
final class Export implements CliCommand {

    static final String NAME = "export";

    @Parameters(arity = "0..1", hideParamSyntax = true, paramLabel = "SESSION", description = "the stored session's id")
    private String session;

    private String format;
    private String out;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Option(names = "--format", paramLabel = "F", order = 1, description = "csv, edf or bdf")
    void format(String text) throws UsageException {
        format = Values.once(format, "--format", Formats.of(text, ExportCommand.FORMATS, NAME), NAME);
    }

    @Option(names = "--out", paramLabel = "PATH", order = 2, description = "the file to write; its folder must exist")
    void out(String path) throws UsageException {
        out = Values.once(out, "--out", Values.text("--out", path, NAME), NAME);
    }

    @Override
    public Invocation invocation(Globals globals) throws UsageException {
        if (session == null) {
            throw new UsageException("export needs a session id, e.g. myofuse export 12 --format edf --out s12.edf "
                    + Values.hint(NAME));
        }
        if (format == null) {
            throw new UsageException("export needs --format csv, edf or bdf " + Values.hint(NAME));
        }
        if (out == null) {
            throw new UsageException("export needs --out PATH, the file to write " + Values.hint(NAME));
        }
        return globals.launch(new ExportCommand(session, format, Values.absolute(out, NAME)));
    }
}
