package org.myofuse.commands;

import org.myofuse.api.host.CommandInvocation;
import org.myofuse.commands.request.AssessCommand;
import org.myofuse.commands.request.Command;
import org.myofuse.commands.request.ProgramCommand;
import org.myofuse.commands.request.ProgramsCommand;
import org.myofuse.commands.request.ReportCommand;

/** Picks the task of a review command. */
final class ReviewTasks {

    private ReviewTasks() {
    }

    static CommandTask of(Command command, CommandInvocation launch, ReviewServices services) {
        if (command instanceof AssessCommand assess) {
            return new AssessTask(assess, launch, services);
        }
        if (command instanceof ProgramCommand program) {
            return new ProgramTask(program, launch, services);
        }
        if (command instanceof ProgramsCommand) {
            return new ProgramsTask(launch, services);
        }
        if (command instanceof ReportCommand report) {
            return new ReportTask(report, launch, services);
        }
        return new AnalysisTask(command, launch, services);
    }
}
