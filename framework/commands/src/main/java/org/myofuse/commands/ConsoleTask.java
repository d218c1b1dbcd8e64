package org.myofuse.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.myofuse.api.console.Console;
import org.myofuse.api.console.ConsoleException;
import org.myofuse.api.console.ConsoleOutcome;
import org.myofuse.api.console.ConsoleRequest;
import org.myofuse.api.console.ConsoleRun;
import org.myofuse.api.console.ConsoleTiming;
import org.myofuse.api.console.ConsoleUnavailableException;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.host.CommandInvocation;
import org.myofuse.commands.request.ConsoleCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * {@code myofuse console} and {@code myofuse} alone: opens the console bundle's {@link Console} and
 * waits until it closes (window closed, Ctrl-C or SIGTERM, or the screenshot taken), printing the
 * session recorded and how the console drew. Where the console cannot show - no console bundle, no
 * display - it says so in one line and runs headless ({@code myofuse run --headless}) instead; a
 * screenshot asked for without a display is a failure.
 */
final class ConsoleTask implements CommandTask {

    private final ConsoleCommand command;
    private final CommandInvocation launch;
    private final BundleContext context;
    private final Supplier<CommandTask> headless;
    private final PrintStream out;
    private final PrintStream err;
    private volatile ConsoleRun run;
    private volatile CommandTask fallback;
    private volatile boolean stopping;

    /** @param headless the headless run of the same devices, patient and therapist */
    ConsoleTask(ConsoleCommand command, CommandInvocation launch, BundleContext context, Supplier<CommandTask> headless) {
        this.command = command;
        this.launch = launch;
        this.context = context;
        this.headless = headless;
        this.out = launch.out();
        this.err = launch.err();
    }

    @Override
    public int run() throws CommandFailure, InterruptedException {
        ConsoleRequest request = request();
        ServiceReference<Console> reference = context.getServiceReference(Console.class);
        Console console = reference == null ? null : context.getService(reference);
        if (console == null) {
            return headless("the clinician console is not installed");
        }
        // The service is held until the console has ended: SCR deactivates a delayed component, and so
        // closes its console, as soon as nobody holds it.
        try {
            try {
                run = console.open(request);
            } catch (ConsoleUnavailableException e) {
                return headless(e.getMessage());
            } catch (ConsoleException e) {
                throw new CommandFailure(e.getMessage());
            }
            if (stopping) {
                run.close();
            }
            run.session().ifPresentOrElse(s -> out.println("recording session " + s.id()),
                    () -> err.println("myofuse: recording not available: no session store installed"));
            out.println("console open (closing its window ends the session)");
            out.flush();
            return ended(run.await());
        } finally {
            context.ungetService(reference);
        }
    }

    private ConsoleRequest request() throws CommandFailure {
        List<DeviceRequest> devices = new ArrayList<>();
        for (String spec : command.deviceSpecs()) {
            try {
                devices.add(DeviceRequest.parse(spec));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage(), CommandInvocation.EXIT_USAGE);
            }
        }
        Optional<ConsoleRequest.Screenshot> shot = command.screenshot().map(f -> new ConsoleRequest.Screenshot(f, command.after()));
        if (shot.isPresent()) {
            Path folder = shot.get().file().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                throw new CommandFailure("cannot write the screenshot " + shot.get().file() + ": no folder " + folder);
            }
        }
        return new ConsoleRequest(devices, command.patientId(), command.therapistId(), shot);
    }

    private int headless(String why) throws CommandFailure, InterruptedException {
        if (command.screenshot().isPresent()) {
            throw new CommandFailure("cannot take a screenshot: " + why);
        }
        err.println("myofuse: " + why + ": running headless");
        fallback = headless.get();
        if (stopping) {
            fallback.stop();
        }
        return fallback.run();
    }

    private int ended(ConsoleOutcome outcome) throws CommandFailure {
        outcome.screenshot().ifPresent(p -> out.println("screenshot written to " + p));
        outcome.session().ifPresent(s -> out.println("session " + s.id() + " recorded"));
        out.println(timing(outcome.timing()));
        if (!outcome.failure().isEmpty()) {
            throw new CommandFailure(outcome.failure());
        }
        return CommandInvocation.EXIT_OK;
    }

    /** One line: frames drawn, frame time, stalls, onset to marker. */
    static String timing(ConsoleTiming t) {
        return String.format(Locale.ROOT,
                "console: %d frames drawn, frame time median %.1f ms, p99 %.1f ms; longest UI stall %.0f ms"
                        + " (%d over 50 ms); EMG onset to marker on screen: median %.0f ms, p99 %.0f ms (%d onsets)",
                t.frames(), t.frameP50Ms(), t.frameP99Ms(), t.longestStallMs(), t.stallsOver50Ms(), t.onsetToMarkerP50Ms(),
                t.onsetToMarkerP99Ms(), t.onsetMarkers());
    }

    @Override
    public void stop() {
        stopping = true;
        ConsoleRun r = run;
        if (r != null) {
            r.close();
        }
        CommandTask f = fallback;
        if (f != null) {
            f.stop();
        }
    }
}
