package org.myofuse.commands;

import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.launcher.spi.AssessCommand;
import org.myofuse.launcher.spi.BootCommand;
import org.myofuse.launcher.spi.Command;
import org.myofuse.launcher.spi.DevicesCommand;
import org.myofuse.launcher.spi.ExportCommand;
import org.myofuse.launcher.spi.ImportCommand;
import org.myofuse.launcher.spi.LaunchContext;
import org.myofuse.launcher.spi.PatientsCommand;
import org.myofuse.launcher.spi.TherapistsCommand;
import org.myofuse.launcher.spi.ProgramCommand;
import org.myofuse.launcher.spi.ReplayCommand;
import org.myofuse.launcher.spi.ReportCommand;
import org.myofuse.launcher.spi.RunCommand;
import org.myofuse.launcher.spi.SessionsCommand;
import org.myofuse.launcher.spi.ShellCommand;
import org.myofuse.launcher.spi.SimulateCommand;
import org.myofuse.launcher.spi.SummaryCommand;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * Carries out the launcher's command line on its own thread once the host's services are there, and
 * ends the process through {@link LaunchContext#exit}. When the host stops first (SIGTERM, Ctrl-C) the
 * running command is asked to wind down and given {@link #STOP_MILLIS} to print its summary.
 */
@Component(immediate = true, service = {})
public final class CommandRunner {

    /** How long the host may take to become ready before a command goes ahead anyway. */
    static final long READY_TIMEOUT_MILLIS = 5_000;

    /** How long a command gets to wind down when the host stops. */
    static final long STOP_MILLIS = 6_000;

    @Reference
    private LaunchContext launch;

    @Reference
    private DeviceManager devices;

    @Reference
    private StreamBus bus;

    @Reference
    private SessionClock clock;

    @Reference
    private ServiceComponentRuntime scr;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionStore store;

    private volatile CommandTask task;
    private volatile boolean stopping;
    private volatile Thread thread;

    @Activate
    void activate(BundleContext context) {
        Command command = launch.command();
        task = taskFor(command, context);
        thread = new Thread(() -> runCommand(command, context), "myofuse-" + command.name());
        thread.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        LockSupport.unpark(thread); // ends a wait for readiness
        CommandTask running = task;
        if (running != null) {
            running.stop();
        }
        thread.join(STOP_MILLIS);
        if (thread.isAlive()) {
            // Never interrupted: it may be in H2 I/O (export, import, replay), and H2 closes its file
            // when the thread doing I/O is interrupted. The host stops around it; the process exits.
            launch.err().println("myofuse: " + thread.getName() + " is still finishing; stopping without it");
        }
    }

    private CommandTask taskFor(Command command, BundleContext context) {
        if (command instanceof RunCommand run) {
            return new HeadlessRun(run, launch, devices, bus, clock, () -> store, context);
        }
        if (command instanceof DevicesCommand) {
            return new DevicesListing(launch, devices);
        }
        if (command instanceof BootCommand) {
            return () -> LaunchContext.EXIT_OK; // the boot line is the whole output
        }
        if (command instanceof ShellCommand) {
            return null; // Gogo owns the terminal; the process ends when the shell does
        }
        if (command instanceof SimulateCommand simulate) {
            return simulateTask(simulate, context);
        }
        if (command instanceof SessionsCommand sessions) {
            return new SessionsListing(sessions, launch, () -> store);
        }
        if (command instanceof PatientsCommand patients) {
            return registerTask(() -> new PatientsTask(patients, launch, context), "patients");
        }
        if (command instanceof TherapistsCommand therapists) {
            return registerTask(() -> new TherapistsTask(therapists, launch, context), "therapists");
        }
        if (command instanceof ExportCommand || command instanceof ImportCommand) {
            return transferTask(command, context);
        }
        if (command instanceof ReplayCommand || command instanceof SummaryCommand || command instanceof ReportCommand
                || command instanceof AssessCommand || command instanceof ProgramCommand) {
            return reviewTask(command, context);
        }
        return () -> {
            throw new CommandFailure("this installation's commands bundle cannot run '" + command.name() + "'");
        };
    }

    /** The serial bundle (and so the simulator contract) is optional: without it, say so instead of failing to load. */
    private CommandTask simulateTask(SimulateCommand simulate, BundleContext context) {
        try {
            return new SimulateRun(simulate, launch, context);
        } catch (NoClassDefFoundError e) {
            return () -> {
                throw new CommandFailure("cannot simulate " + simulate.typeId()
                        + ": the serial transport bundle is not installed");
            };
        }
    }

    /** The store bundle (and so its registers) is optional: without it, say so instead of failing to load. */
    private static CommandTask registerTask(java.util.function.Supplier<CommandTask> task, String command) {
        try {
            return task.get();
        } catch (NoClassDefFoundError e) {
            return () -> {
                throw new CommandFailure(command + ": the session store bundle (org.myofuse.store) is not installed");
            };
        }
    }

    /** Export and import need the store bundle too; without it, say so instead of failing to load. */
    private CommandTask transferTask(Command command, BundleContext context) {
        try {
            return TransferTask.inHost(command, launch, context);
        } catch (NoClassDefFoundError e) {
            return () -> {
                throw new CommandFailure(command.name() + ": the session store bundle (org.myofuse.store) is not installed");
            };
        }
    }

    /** Reviewing sessions needs the store bundle, and analysing them the fusion bundle; say which is missing. */
    private CommandTask reviewTask(Command command, BundleContext context) {
        try {
            return ReviewTasks.of(command, launch, new ReviewServices(context));
        } catch (NoClassDefFoundError e) {
            return () -> {
                throw new CommandFailure(command.name() + ": a bundle it needs is not installed (" + e.getMessage()
                        .replace('/', '.') + " is missing; org.myofuse.store and org.myofuse.fusion provide them)");
            };
        }
    }

    private void runCommand(Command command, BundleContext context) {
        int code;
        try {
            awaitReady(command, context);
            if (command instanceof ShellCommand || stopping) {
                return; // the shell ends the process itself; a stopping host has its exit code already
            }
            code = task.run();
        } catch (CommandFailure e) {
            launch.err().println("myofuse: " + e.getMessage());
            code = e.exitCode();
        } catch (InterruptedException e) {
            code = LaunchContext.EXIT_OK; // stopped while winding down: the host is going anyway
        } catch (RuntimeException e) {
            launch.err().println("myofuse: " + command.name() + " failed: " + e);
            code = LaunchContext.EXIT_FAILURE;
        }
        launch.out().flush();
        launch.err().flush();
        launch.exit(code);
    }

    private void awaitReady(Command command, BundleContext context) throws CommandFailure {
        boolean boot = command instanceof BootCommand;
        if (!boot && !launch.commandLine().bootTime() && command instanceof ShellCommand) {
            return;
        }
        Readiness.Result ready = new Readiness(context, devices, scr).await(READY_TIMEOUT_MILLIS, () -> stopping);
        if (stopping) {
            return;
        }
        if (!ready.ready()) {
            String what = String.join("; ", ready.missing());
            if (boot) {
                throw new CommandFailure("not ready after " + READY_TIMEOUT_MILLIS / 1000 + " s: " + what);
            }
            launch.err().println("myofuse: not ready after " + READY_TIMEOUT_MILLIS / 1000 + " s (" + what
                    + "); going ahead");
        }
        if (boot || launch.commandLine().bootTime()) {
            String line = BootReport.line(launch.processStartNanos(), launch.bootStartNanos(), ready.atNanos(),
                    ready.bundles(), ready.deviceTypes());
            (boot ? launch.out() : launch.err()).println(line);
        }
    }
}
