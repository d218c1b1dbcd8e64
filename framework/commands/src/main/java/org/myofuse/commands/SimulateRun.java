package org.myofuse.commands;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.host.CommandInvocation;
import org.myofuse.commands.request.SimulateCommand;
import org.myofuse.api.serial.WireSimulator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * {@code myofuse simulate TYPE}: starts the wire simulator a driver bundle registered for TYPE, prints
 * the port to connect to and serves until the host stops.
 */
final class SimulateRun implements CommandTask {

    private final SimulateCommand command;
    private final CommandInvocation launch;
    private final BundleContext context;
    private volatile boolean stopping;
    private volatile Thread runner;

    SimulateRun(SimulateCommand command, CommandInvocation launch, BundleContext context) {
        this.command = command;
        this.launch = launch;
        this.context = context;
    }

    @Override
    public int run() throws CommandFailure {
        runner = Thread.currentThread();
        ServiceReference<WireSimulator> reference = find();
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
        try {
            return simulator.start(new WireSimulator.Options(command.seed(), command.corruptRate()));
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandFailure(command.typeId() + " simulator: " + e.getMessage());
        }
    }

    private ServiceReference<WireSimulator> find() throws CommandFailure {
        try {
            Collection<ServiceReference<WireSimulator>> found = context.getServiceReferences(WireSimulator.class,
                    "(" + WireSimulator.TYPE_PROPERTY + "=" + command.typeId() + ")");
            if (!found.isEmpty()) {
                return found.iterator().next();
            }
            List<String> types = new ArrayList<>();
            for (var r : context.getServiceReferences(WireSimulator.class, null)) {
                types.add(String.valueOf(r.getProperty(WireSimulator.TYPE_PROPERTY)));
            }
            throw new CommandFailure("no wire simulator for device type '" + command.typeId() + "' is installed"
                    + (types.isEmpty() ? "" : " (available: " + String.join(", ", types.stream().sorted().toList()) + ")"));
        } catch (InvalidSyntaxException e) {
            throw new CommandFailure("device type '" + command.typeId() + "' is not a valid type id");
        }
    }

    @Override
    public void stop() {
        stopping = true;
        LockSupport.unpark(runner);
    }
}
