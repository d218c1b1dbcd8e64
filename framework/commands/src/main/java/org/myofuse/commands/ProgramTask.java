package org.myofuse.commands;

import java.time.LocalDate;
import java.util.Optional;

import org.myofuse.api.host.CommandInvocation;
import org.myofuse.api.program.PlanInfo;
import org.myofuse.api.program.ProgramException;
import org.myofuse.api.program.ProgramPlans;
import org.myofuse.api.program.ProgramProgress;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.ProgramRegistry;
import org.myofuse.api.store.StoreException;
import org.myofuse.commands.request.ProgramCommand;

/**
 * {@code myofuse program PATIENT [--weeks N --per-week N ... | --plan ID ...]}: sets a patient's treatment
 * program, or prints it and, when the programs bundle is active, the progress through it.
 */
final class ProgramTask implements CommandTask {

    private final ProgramCommand command;
    private final CommandInvocation launch;
    private final ReviewServices services;

    ProgramTask(ProgramCommand command, CommandInvocation launch, ReviewServices services) {
        this.command = command;
        this.launch = launch;
        this.services = services;
    }

    @Override
    public int run() throws CommandFailure {
        ProgramRegistry programs = services.programs("program");
        try {
            if (command.plan().isPresent()) {
                Program program = program(command.plan().get());
                programs.setProgram(command.patientId(), program);
                launch.out().println("patient " + command.patientId() + ": " + describe(program));
            } else {
                Optional<Program> program = programs.program(command.patientId());
                launch.out().println("patient " + command.patientId() + ": "
                        + program.map(ProgramTask::describe).orElse("no program"));
                if (program.isPresent()) {
                    printProgress();
                }
            }
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
        launch.out().flush();
        return CommandInvocation.EXIT_OK;
    }

    private Program program(ProgramCommand.Plan plan) throws CommandFailure {
        try {
            if (plan.planId().isEmpty()) {
                return new Program(plan.weeks(), plan.sessionsPerWeek(), plan.startDate(), plan.protocolId());
            }
            ProgramPlans plans = services.plans("program");
            PlanInfo found = plans.plan(plan.planId()).orElseThrow(() -> new CommandFailure("unknown program plan "
                    + plan.planId() + " (installed: " + String.join(", ", plans.plans().stream().map(PlanInfo::id).toList())
                    + "; see myofuse programs)"));
            return new Program(found.weeks(), found.sessionsPerWeek(), plan.startDate(), found.phases().get(0).protocolId(),
                    found.id());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), CommandInvocation.EXIT_USAGE);
        }
    }

    /** The progress lines; without the programs bundle the program line alone is printed, as before it existed. */
    private void printProgress() throws CommandFailure {
        ProgramProgress progress = services.progressOrNull();
        if (progress == null) {
            return;
        }
        try {
            progress.progress(command.patientId(), LocalDate.now())
                    .ifPresent(p -> ProgramText.lines(p).forEach(launch.out()::println));
        } catch (ProgramException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    static String describe(Program p) {
        return p.weeks() + " weeks, " + p.sessionsPerWeek() + " sessions a week, from " + p.startDate()
                + (p.protocolId().isEmpty() ? "" : ", protocol " + p.protocolId())
                + (p.planId().isEmpty() ? "" : ", plan " + p.planId());
    }
}
