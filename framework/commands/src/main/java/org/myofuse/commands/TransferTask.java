package org.myofuse.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.StoreException;
import org.myofuse.commands.request.Command;
import org.myofuse.commands.request.ExportCommand;
import org.myofuse.commands.request.ImportCommand;
import org.myofuse.api.host.CommandInvocation;
import org.myofuse.api.store.SessionTransfer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * {@code myofuse export} and {@code myofuse import}, through the store bundle's {@link SessionTransfer}.
 * The store writes nothing half-way: its errors are reported as they are, in one line.
 */
final class TransferTask implements CommandTask {

    private final Command command;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<SessionTransfer> transfer;
    private final boolean terminal;

    /** {@code command} is an {@link ExportCommand} or an {@link ImportCommand}. */
    TransferTask(Command command, PrintStream out, PrintStream err, Supplier<SessionTransfer> transfer,
            boolean terminal) {
        this.command = command;
        this.out = out;
        this.err = err;
        this.transfer = transfer;
        this.terminal = terminal;
    }

    /**
     * The task with the transfer service of the host's store. The service is not released: the
     * process ends with the command.
     */
    static TransferTask inHost(Command command, CommandInvocation launch, BundleContext context) {
        return new TransferTask(command, launch.out(), launch.err(), () -> {
            ServiceReference<SessionTransfer> reference = context.getServiceReference(SessionTransfer.class);
            return reference == null ? null : context.getService(reference);
        }, System.console() != null);
    }

    @Override
    public int run() throws CommandFailure {
        String name = command instanceof ExportCommand ? "export" : "import";
        SessionTransfer service = StoreAccess.await(transfer, name);
        try {
            if (command instanceof ExportCommand export) {
                return export(service, export);
            }
            return importFiles(service, (ImportCommand) command);
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private int export(SessionTransfer service, ExportCommand export) throws StoreException {
        ProgressLine progress = progress("exporting session " + export.sessionId());
        List<Path> files;
        try {
            files = service.exportSession(export.sessionId(), export.format(), export.out(), progress::update);
        } finally {
            progress.finish();
        }
        for (Path file : files) {
            out.println("wrote " + file);
        }
        out.flush();
        return CommandInvocation.EXIT_OK;
    }

    private int importFiles(SessionTransfer service, ImportCommand command) throws StoreException {
        List<Path> files = command.files();
        String what = files.size() == 1 ? files.get(0).toString()
                : files.size() + " files (" + files.stream().map(f -> f.getFileName().toString())
                        .collect(Collectors.joining(", ")) + ")";
        ProgressLine progress = progress("importing " + (files.size() == 1 ? files.get(0).getFileName()
                : files.size() + " files"));
        SessionInfo session;
        try {
            session = service.importFiles(files, command.format(), command.patientId().orElse(""),
                    command.startDate(), progress::update);
        } finally {
            progress.finish();
        }
        out.println("imported " + what + " as session " + session.id()
                + (session.patientId().isEmpty() ? "" : " of patient " + session.patientId()));
        if (!session.startDateKnown()) {
            out.println("the files carry only a time of day: the session's date is unknown "
                    + "(import them with --start YYYY-MM-DD to give it)");
        }
        out.flush();
        return CommandInvocation.EXIT_OK;
    }

    private ProgressLine progress(String what) {
        return new ProgressLine(err, what, terminal, System::currentTimeMillis);
    }
}
