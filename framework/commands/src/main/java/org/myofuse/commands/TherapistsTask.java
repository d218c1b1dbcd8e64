package org.myofuse.commands;

import java.util.List;

import org.myofuse.api.store.StoreException;
import org.myofuse.api.host.CommandInvocation;
import org.myofuse.commands.request.TherapistsCommand;
import org.myofuse.api.store.Therapist;
import org.myofuse.api.store.TherapistRegistry;
import org.osgi.framework.BundleContext;

/**
 * {@code myofuse therapists add|list}, on the store's {@link TherapistRegistry} service.
 */
final class TherapistsTask implements CommandTask {

    private final TherapistsCommand command;
    private final CommandInvocation launch;
    private final BundleContext context;

    TherapistsTask(TherapistsCommand command, CommandInvocation launch, BundleContext context) {
        this.command = command;
        this.launch = launch;
        this.context = context;
    }

    @Override
    public int run() throws CommandFailure {
        return StoreAccess.use(context, TherapistRegistry.class, "therapists",
                registry -> command.action() == TherapistsCommand.Action.ADD ? add(registry) : list(registry));
    }

    private int add(TherapistRegistry registry) throws CommandFailure, StoreException {
        Therapist therapist;
        try {
            therapist = new Therapist(command.code(), command.therapistName());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), CommandInvocation.EXIT_USAGE);
        }
        registry.addTherapist(therapist);
        launch.out().println("therapist " + therapist.code() + " registered");
        launch.out().flush();
        return CommandInvocation.EXIT_OK;
    }

    private int list(TherapistRegistry registry) throws StoreException {
        launch.out().print(render(registry.therapists()));
        launch.out().flush();
        return CommandInvocation.EXIT_OK;
    }

    static String render(List<Therapist> therapists) {
        if (therapists.isEmpty()) {
            return "No therapists registered.\n";
        }
        var table = new TextTable("CODE", "NAME");
        for (Therapist t : therapists) {
            table.row(t.code(), t.name().orElse("-"));
        }
        return table.render("");
    }
}
