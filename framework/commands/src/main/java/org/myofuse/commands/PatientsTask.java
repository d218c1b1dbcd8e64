package org.myofuse.commands;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.myofuse.api.store.StoreException;
import org.myofuse.api.host.CommandInvocation;
import org.myofuse.commands.request.PatientsCommand;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.PatientRegistry;
import org.osgi.framework.BundleContext;

/**
 * {@code myofuse patients add|list}, on the store's {@link PatientRegistry} service.
 */
final class PatientsTask implements CommandTask {

    private final PatientsCommand command;
    private final CommandInvocation launch;
    private final BundleContext context;

    PatientsTask(PatientsCommand command, CommandInvocation launch, BundleContext context) {
        this.command = command;
        this.launch = launch;
        this.context = context;
    }

    @Override
    public int run() throws CommandFailure {
        return StoreAccess.use(context, PatientRegistry.class, "patients",
                registry -> command.action() == PatientsCommand.Action.ADD ? add(registry) : list(registry));
    }

    private int add(PatientRegistry registry) throws CommandFailure, StoreException {
        Patient patient;
        try {
            patient = new Patient(command.code(), command.patientName(), command.birthDate(), command.consent(),
                    command.consent() ? Optional.of(LocalDate.now()) : Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), CommandInvocation.EXIT_USAGE);
        }
        registry.addPatient(patient);
        launch.out().println("patient " + patient.code() + " registered"
                + (patient.consent() ? " with consent of " + patient.consentDate().orElseThrow() : " (no consent recorded)"));
        launch.out().flush();
        return CommandInvocation.EXIT_OK;
    }

    private int list(PatientRegistry registry) throws StoreException {
        launch.out().print(render(registry.patients()));
        launch.out().flush();
        return CommandInvocation.EXIT_OK;
    }

    static String render(List<Patient> patients) {
        if (patients.isEmpty()) {
            return "No patients registered.\n";
        }
        var table = new TextTable("CODE", "NAME", "BIRTH DATE", "CONSENT");
        for (Patient p : patients) {
            table.row(p.code(), p.name().orElse("-"), p.birthDate().map(LocalDate::toString).orElse("-"),
                    p.consent() ? "yes, " + p.consentDate().map(LocalDate::toString).orElse("date unknown") : "no");
        }
        return table.render("");
    }
}
