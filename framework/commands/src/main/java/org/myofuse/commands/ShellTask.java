package org.myofuse.commands;

import java.io.InputStream;
import java.io.PrintStream;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.myofuse.api.host.CommandInvocation;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * {@code myofuse shell}: Gogo's interactive shell on this terminal, in a session of Gogo's
 * {@link CommandProcessor} running {@code gosh --login} (the console Gogo would open itself is off, so
 * that no other command reads stdin). Leaving the shell stops the framework, as a login shell does,
 * and the process ends with 0. Loaded only when Gogo is installed (its package is an optional import).
 */
final class ShellTask implements CommandTask {

    /** Gogo's shell command: a login shell reads the profile, and stops the framework when it ends. */
    static final String LOGIN = "gosh --login";

    private final BundleContext context;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private volatile CommandSession session;
    private volatile boolean stopping;

    ShellTask(BundleContext context, InputStream in, PrintStream out, PrintStream err) {
        this.context = context;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public int run() throws CommandFailure {
        ServiceReference<CommandProcessor> reference = StoreAccess.awaitQuietly(
                () -> context.getServiceReference(CommandProcessor.class));
        if (reference == null) {
            throw new CommandFailure("shell: the Gogo shell is not available (bundles org.apache.felix.gogo.runtime "
                    + "and org.apache.felix.gogo.shell not installed or not active)");
        }
        CommandProcessor processor = context.getService(reference);
        if (processor == null) {
            throw new CommandFailure("shell: the Gogo shell went away");
        }
        try {
            session = processor.createSession(in, out, err);
            session.execute(LOGIN);
        } catch (Exception e) {
            if (stopping) {
                return CommandInvocation.EXIT_OK; // the host stopped under the shell ('exit', 'stop 0', a signal)
            }
            throw new CommandFailure("shell: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        } finally {
            context.ungetService(reference);
        }
        return CommandInvocation.EXIT_OK;
    }

    /** The console blocks reading the terminal, where it cannot be reached: closing the session is all there is. */
    @Override
    public void stop() {
        stopping = true;
        CommandSession running = session;
        if (running != null) {
            running.close();
        }
    }

    @Override
    public boolean awaitedOnStop() {
        return false;
    }
}
