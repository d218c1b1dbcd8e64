package org.myofuse.commands;

import java.util.Optional;

import org.myofuse.api.store.StoreException;
import org.myofuse.api.host.CommandInvocation;
import org.myofuse.commands.request.ProgramCommand;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.ProgramRegistry;

/** {@code myofuse program PATIENT [--weeks N --per-week N ...]}: a patient's treatment program. */
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
                var plan = command.plan().get();
                Program program;
                try {
                    program = new Program(plan.weeks(), plan.sessionsPerWeek(), plan.startDate(), plan.protocolId());
                } catch (IllegalArgumentException e) {
                    throw new CommandFailure(e.getMessage(), CommandInvocation.EXIT_USAGE);
                }
                programs.setProgram(command.patientId(), program);
                launch.out().println("patient " + command.patientId() + ": " + describe(program));
            } else {
                Optional<Program> program = programs.program(command.patientId());
                launch.out().println("patient " + command.patientId() + ": "
                        + program.map(ProgramTask::describe).orElse("no program"));
            }
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
        launch.out().flush();
        return CommandInvocation.EXIT_OK;
    }

    static String describe(Program p) {
        return p.weeks() + " weeks, " + p.sessionsPerWeek() + " sessions a week, from " + p.startDate()
                + (p.protocolId().isEmpty() ? "" : ", protocol " + p.protocolId());
    }
}
