package org.myofuse.commands;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.PrintStream;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.host.CommandInvocation;
import org.myofuse.api.host.HostEnvironment;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.commands.cli.CommandLineParser;
import org.myofuse.commands.cli.Invocation;
import org.myofuse.commands.cli.LaunchRequest;
import org.myofuse.commands.cli.TextRequest;
import org.myofuse.commands.cli.UsageException;
import org.myofuse.commands.request.BootCommand;
import org.myofuse.commands.request.Command;
import org.myofuse.commands.request.ConsoleCommand;
import org.myofuse.commands.request.DevicesCommand;
import org.myofuse.commands.request.ExportCommand;
import org.myofuse.commands.request.ImportCommand;
import org.myofuse.commands.request.PatientsCommand;
import org.myofuse.commands.request.ProtocolCommand;
import org.myofuse.commands.request.RunCommand;
import org.myofuse.commands.request.SessionsCommand;
import org.myofuse.commands.request.ShellCommand;
import org.myofuse.commands.request.SimulateCommand;
import org.myofuse.commands.request.TherapistsCommand;
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
 * Takes up the command line the launcher hands over ({@link CommandInvocation}), parses it, and carries
 * the command out on its own thread once the host's services are there, ending the process through
 * {@link CommandInvocation#exit}. Help, version, completion scripts and bad usage are answered at once
 * (exit 0, or 2 with one line on stderr). When the host stops first (SIGTERM, Ctrl-C) the running
 * command is asked to wind down and given {@link #STOP_MILLIS} to print its summary.
 */
@Component(immediate = true, service = {})
public final class CommandRunner {

    /** How long the host may take to become ready before a command goes ahead anyway. */
    static final long READY_TIMEOUT_MILLIS = 5_000;

    /** How long a command gets to wind down when the host stops. */
    static final long STOP_MILLIS = 6_000;

    @Reference
    private CommandInvocation invocation;

    @Reference
    private HostEnvironment host;

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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SerialTransport serial;

    private volatile CommandTask task;
    private volatile boolean stopping;
    private volatile Thread thread;
    private long takenUpNanos;

    @Activate
    void activate(BundleContext context) {
        takenUpNanos = System.nanoTime();
        LaunchRequest request = parse(context);
        if (request == null) {
            return; // answered at once: the process is ending
        }
        Command command = request.command();
        task = taskFor(command, context);
        thread = new Thread(() -> runCommand(request, context), "myofuse-" + command.name());
        thread.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        Thread running = thread;
        if (running == null) {
            return;
        }
        LockSupport.unpark(running); // ends a wait for readiness
        CommandTask current = task;
        current.stop();
        if (!current.awaitedOnStop()) {
            return;
        }
        running.join(STOP_MILLIS);
        if (running.isAlive()) {
            // Never interrupted: it may be in H2 I/O (export, import, replay), and H2 closes its file
            // when the thread doing I/O is interrupted. The host stops around it; the process exits.
            invocation.err().println("myofuse: " + running.getName() + " is still finishing; stopping without it");
        }
    }

    /** The command to carry out; null when the line was answered (help, version, bad usage) and the process ends. */
    private LaunchRequest parse(BundleContext context) {
        Invocation parsed;
        try {
            parsed = new CommandLineParser(version(context), DeviceRequest::parse).parse(invocation.args());
        } catch (UsageException e) {
            answer(invocation.err(), "myofuse: " + e.getMessage() + "\n", CommandInvocation.EXIT_USAGE);
            return null;
        } catch (RuntimeException e) {
            // Never leave the launcher waiting for an exit that does not come.
            answer(invocation.err(), "myofuse: cannot read the command line: " + e + "\n", CommandInvocation.EXIT_FAILURE);
            return null;
        }
        if (parsed instanceof TextRequest text) {
            answer(invocation.out(), text.text(), CommandInvocation.EXIT_OK);
            return null;
        }
        return (LaunchRequest) parsed;
    }

    private void answer(PrintStream stream, String text, int code) {
        stream.print(text);
        stream.flush();
        invocation.exit(code);
    }

    /** The version this bundle was built as (the build's own form, e.g. 0.1.0-SNAPSHOT). */
    private static String version(BundleContext context) {
        String built = context.getBundle().getHeaders("").get("Implementation-Version");
        return built != null ? built : context.getBundle().getVersion().toString();
    }

    private CommandTask taskFor(Command command, BundleContext context) {
        if (command instanceof RunCommand run) {
            return new HeadlessRun(run, invocation, host.etcDir(), devices, bus, clock, () -> store, context);
        }
        if (command instanceof ConsoleCommand console) {
            RunCommand headless = new RunCommand(true, console.deviceSpecs(), java.util.Optional.empty(),
                    console.patientId(), console.therapistId(), "");
            return new ConsoleTask(console, invocation, context,
                    () -> new HeadlessRun(headless, invocation, host.etcDir(), devices, bus, clock, () -> store, context));
        }
        if (command instanceof DevicesCommand listing) {
            return new DevicesListing(listing, invocation.out(), host.etcDir(), devices, () -> serial);
        }
        if (command instanceof BootCommand) {
            return () -> CommandInvocation.EXIT_OK; // the boot line is the whole output
        }
        if (command instanceof ShellCommand) {
            return shellTask(context);
        }
        if (command instanceof SimulateCommand simulate) {
            return new SimulateRun(simulate, invocation, context);
        }
        if (command instanceof SessionsCommand sessions) {
            return new SessionsListing(sessions, invocation, () -> store);
        }
        if (command instanceof PatientsCommand patients) {
            return new PatientsTask(patients, invocation, context);
        }
        if (command instanceof TherapistsCommand therapists) {
            return new TherapistsTask(therapists, invocation, context);
        }
        if (command instanceof ExportCommand || command instanceof ImportCommand) {
            return TransferTask.inHost(command, invocation, context);
        }
        if (command instanceof ProtocolCommand protocols) {
            return new ProtocolTask(protocols, invocation, context);
        }
        return ReviewTasks.of(command, invocation, new ReviewServices(context));
    }

    /**
     * Gogo is optional: without it, say so instead of failing to load the shell's classes. The console
     * reads the process's standard input itself: Gogo has replaced {@code System.in} with a stream that
     * reads from the current session's input, which would be the console's own.
     */
    private CommandTask shellTask(BundleContext context) {
        try {
            return new ShellTask(context, new FileInputStream(FileDescriptor.in), invocation.out(), invocation.err());
        } catch (NoClassDefFoundError e) {
            return () -> {
                throw new CommandFailure("shell: the Gogo shell is not installed (org.apache.felix.gogo.runtime)");
            };
        }
    }

    private void runCommand(LaunchRequest request, BundleContext context) {
        Command command = request.command();
        int code;
        try {
            awaitReady(request, context);
            if (stopping) {
                return; // a stopping host has its exit code already
            }
            code = task.run();
        } catch (CommandFailure e) {
            invocation.err().println("myofuse: " + e.getMessage());
            code = e.exitCode();
        } catch (InterruptedException e) {
            code = CommandInvocation.EXIT_OK; // stopped while winding down: the host is going anyway
        } catch (RuntimeException e) {
            invocation.err().println("myofuse: " + command.name() + " failed: " + e);
            code = CommandInvocation.EXIT_FAILURE;
        }
        invocation.out().flush();
        invocation.err().flush();
        invocation.exit(code);
    }

    private void awaitReady(LaunchRequest request, BundleContext context) throws CommandFailure {
        boolean boot = request.command() instanceof BootCommand;
        if (!boot && !request.bootTime() && request.command() instanceof ShellCommand) {
            return; // the shell needs no device driver; its prompt should come at once
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
            invocation.err().println("myofuse: not ready after " + READY_TIMEOUT_MILLIS / 1000 + " s (" + what
                    + "); going ahead");
        }
        if (request.bootTime()) {
            invocation.err().println(BootReport.phases(invocation.processStartNanos(), invocation.bootStartNanos(),
                    takenUpNanos, ready.atNanos()));
        }
        if (boot || request.bootTime()) {
            String line = BootReport.line(invocation.processStartNanos(), invocation.bootStartNanos(), ready.atNanos(),
                    ready.bundles(), ready.deviceTypes());
            (boot ? invocation.out() : invocation.err()).println(line);
        }
    }
}
