package org.myofuse.commands;

import org.myofuse.launcher.spi.AssessCommand;
import org.myofuse.launcher.spi.Command;
import org.myofuse.launcher.spi.LaunchContext;
import org.myofuse.launcher.spi.ProgramCommand;
import org.myofuse.launcher.spi.ReportCommand;

/** Picks the task of a review command; loading it loads the store and fusion packages. */
final class ReviewTasks {

    private ReviewTasks() {
    }

    static CommandTask of(Command command, LaunchContext launch, ReviewServices services) {
        if (command instanceof AssessCommand assess) {
            return new AssessTask(assess, launch, services);
        }
        if (command instanceof ProgramCommand program) {
            return new ProgramTask(program, launch, services);
        }
        if (command instanceof ReportCommand report) {
            return new ReportTask(report, launch, services);
        }
        return new AnalysisTask(command, launch, services);
    }
}
