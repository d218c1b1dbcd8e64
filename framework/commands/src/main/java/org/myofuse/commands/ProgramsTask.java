package org.myofuse.commands;

import java.util.List;

import org.myofuse.api.host.CommandInvocation;
import org.myofuse.api.program.PlanInfo;

/** {@code myofuse programs}: the installed program plans, one block each. */
final class ProgramsTask implements CommandTask {

    private final CommandInvocation launch;
    private final ReviewServices services;

    ProgramsTask(CommandInvocation launch, ReviewServices services) {
        this.launch = launch;
        this.services = services;
    }

    @Override
    public int run() throws CommandFailure {
        List<PlanInfo> plans = services.plans("programs").plans();
        if (plans.isEmpty()) {
            launch.out().println("no program plans installed");
        }
        for (PlanInfo plan : plans) {
            launch.out().println(plan.id() + " " + plan.version() + ": " + plan.title());
            launch.out().println("  " + plan.weeks() + " weeks, " + plan.sessionsPerWeek() + " sessions a week; " + plan.source());
            for (PlanInfo.Phase phase : plan.phases()) {
                launch.out().println("  weeks " + phase.fromWeek() + "-" + phase.toWeek() + ": " + phase.protocolId()
                        + (phase.title().isEmpty() ? "" : " (" + phase.title() + ")")
                        + (phase.progressions().isEmpty() ? "" : "; progressions " + String.join(", ", phase.progressions())));
            }
            for (PlanInfo.Rule rule : plan.progressions()) {
                launch.out().println("  " + rule.id() + ": " + ProgramText.rule(rule));
            }
        }
        launch.out().flush();
        return CommandInvocation.EXIT_OK;
    }
}
