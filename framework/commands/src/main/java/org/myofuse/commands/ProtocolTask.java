package org.myofuse.commands;

import java.io.PrintStream;
import java.util.List;

import org.myofuse.api.host.CommandInvocation;
import org.myofuse.api.protocol.Problem;
import org.myofuse.api.protocol.ProtocolException;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.api.protocol.ProtocolRegistry;
import org.myofuse.commands.request.ProtocolCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * {@code myofuse protocols}, {@code protocol show ID} and {@code protocol validate FILE...}, on the
 * protocol engine's {@link ProtocolRegistry} service. Validation prints every problem on stdout as
 * {@code FILE: PATH: message} (warnings as {@code FILE: PATH: warning: message}) and fails (exit 1) with
 * a one-line count when any is an error.
 */
final class ProtocolTask implements CommandTask {

    private final ProtocolCommand command;
    private final CommandInvocation launch;
    private final BundleContext context;

    ProtocolTask(ProtocolCommand command, CommandInvocation launch, BundleContext context) {
        this.command = command;
        this.launch = launch;
        this.context = context;
    }

    @Override
    public int run() throws CommandFailure {
        ProtocolRegistry registry = registry();
        PrintStream out = launch.out();
        switch (command.action()) {
            case LIST -> out.print(render(registry.protocols()));
            case SHOW -> {
                try {
                    out.print(registry.effective(command.protocolId()));
                } catch (ProtocolException e) {
                    throw new CommandFailure("protocol show: " + e.getMessage());
                }
            }
            case VALIDATE -> {
                return validate(registry, out);
            }
        }
        out.flush();
        return CommandInvocation.EXIT_OK;
    }

    private int validate(ProtocolRegistry registry, PrintStream out) throws CommandFailure {
        List<Problem> problems = registry.validate(command.files());
        long errors = problems.stream().filter(p -> p.level() == Problem.Level.ERROR).count();
        for (Problem p : problems) {
            out.println(line(p));
        }
        long warnings = problems.size() - errors;
        int files = command.files().size();
        if (errors > 0) {
            out.flush();
            throw new CommandFailure("protocol validate: " + count(errors, "error") + (warnings > 0 ? ", "
                    + count(warnings, "warning") : "") + " in " + count(files, "file"));
        }
        out.println(count(files, "file") + " valid" + (warnings > 0 ? ", " + count(warnings, "warning") : ""));
        out.flush();
        return CommandInvocation.EXIT_OK;
    }

    static String line(Problem p) {
        if (p.level() == Problem.Level.ERROR) {
            return p.toString();
        }
        return p.file() + ": " + (p.path().isEmpty() ? "" : p.path() + ": ") + "warning: " + p.message();
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static String render(List<ProtocolInfo> protocols) {
        if (protocols.isEmpty()) {
            return "No protocols installed.\n";
        }
        var table = new TextTable("ID", "VERSION", "STEPS", "SOURCE", "OVERRIDES");
        for (ProtocolInfo p : protocols) {
            table.row(p.id(), p.version(), p.steps(), p.source(), p.overrides().isEmpty() ? "-" : String.join(", ", p.overrides()));
        }
        StringBuilder text = new StringBuilder(table.render(""));
        for (ProtocolInfo p : protocols) {
            for (Problem w : p.warnings()) {
                text.append(p.id()).append(": warning: ").append(w.path().isEmpty() ? "" : w.path() + ": ")
                        .append(w.message()).append('\n');
            }
        }
        return text.toString();
    }

    private ProtocolRegistry registry() throws CommandFailure {
        ServiceReference<ProtocolRegistry> reference = StoreAccess.awaitQuietly(
                () -> context.getServiceReference(ProtocolRegistry.class));
        ProtocolRegistry registry = reference == null ? null : context.getService(reference);
        if (registry == null) {
            throw new CommandFailure(command.name() + ": protocols are not available (bundle org.myofuse.protocol-engine "
                    + "not installed or not active: see the messages above)");
        }
        return registry;
    }
}
