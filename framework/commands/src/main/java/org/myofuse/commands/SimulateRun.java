package org.myofuse.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.host.CommandInvocation;
import org.myofuse.api.serial.WireSimulator;
import org.myofuse.commands.cli.SimulatorOptions;
import org.myofuse.commands.cli.UsageException;
import org.myofuse.commands.request.SimulateCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * {@code myofuse simulate TYPE}: starts the wire simulator a driver bundle registered for TYPE with the
 * options it declares ({@link WireSimulator#settings()}) as given on the line, prints the port to
 * connect to and serves until the host stops. {@code myofuse simulate [TYPE] --help} prints the help
 * with the simulators' own options. An option the simulator does not declare, or a value it refuses,
 * is bad usage (exit 2).
 */
final class SimulateRun implements CommandTask {

    private final SimulateCommand command;
    private final CommandInvocation launch;
    private final BundleContext context;
    private final WireSimulators simulators;
    private volatile boolean stopping;
    private volatile Thread runner;

    SimulateRun(SimulateCommand command, CommandInvocation launch, BundleContext context) {
        this.command = command;
        this.launch = launch;
        this.context = context;
        this.simulators = new WireSimulators(context);
    }

    @Override
    public int run() throws CommandFailure {
        runner = Thread.currentThread();
        if (command.help().isPresent()) {
            return help(command.help().get());
        }
        ServiceReference<WireSimulator> reference = simulators.find(command.typeId());
        WireSimulator simulator = context.getService(reference);
        if (simulator == null) {
            throw new CommandFailure("the " + command.typeId() + " simulator went away");
        }
        try (WireSimulator.Running running = start(simulator)) {
            launch.out().println(command.typeId() + " simulator serving on " + running.portPath());
            launch.out().println("connect with: myofuse run --headless --device " + spec(running));
            launch.out().flush();
            while (!stopping) {
                LockSupport.park(this);
            }
            launch.out().println(running.summary());
        } finally {
            context.ungetService(reference);
        }
        return CommandInvocation.EXIT_OK;
    }

    /** The device spec to connect with, quoted for a POSIX shell when its query holds '&'. */
    private String spec(WireSimulator.Running running) {
        String query = running.connectQuery();
        String spec = command.typeId() + "@" + running.portPath() + (query.isEmpty() ? "" : "?" + query);
        return query.isEmpty() ? spec : "'" + spec + "'";
    }

    private WireSimulator.Running start(WireSimulator simulator) throws CommandFailure {
        Map<String, String> settings;
        try {
            settings = SimulatorOptions.read(command.simulatorOptions(), simulator.settings(), command.typeId());
        } catch (UsageException e) {
            throw new CommandFailure(e.getMessage(), CommandInvocation.EXIT_USAGE);
        }
        try {
            return simulator.start(new WireSimulator.Options(command.seed(), command.corruptRate(), settings));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(command.typeId() + " simulator: " + e.getMessage(), CommandInvocation.EXIT_USAGE);
        } catch (IOException e) {
            throw new CommandFailure(command.typeId() + " simulator: " + e.getMessage());
        }
    }

    /** The command's help, then the own options of TYPE's simulator or, without TYPE, of every simulator. */
    private int help(String text) throws CommandFailure {
        PrintStream out = launch.out();
        out.print(text);
        if (command.typeId().isEmpty()) {
            var all = simulators.all();
            all.forEach((type, reference) -> printOptions(out, type, reference));
            if (all.isEmpty()) {
                out.println();
                out.println("No wire simulator is installed.");
            }
        } else {
            printOptions(out, command.typeId(), simulators.find(command.typeId()));
        }
        out.flush();
        return CommandInvocation.EXIT_OK;
    }

    private void printOptions(PrintStream out, String type, ServiceReference<WireSimulator> reference) {
        WireSimulator simulator = context.getService(reference);
        if (simulator == null) {
            return; // went away meanwhile
        }
        try {
            out.println();
            out.print(SimulatorHelp.render(type, simulator.settings()));
        } finally {
            context.ungetService(reference);
        }
    }

    @Override
    public void stop() {
        stopping = true;
        LockSupport.unpark(runner);
    }
}
