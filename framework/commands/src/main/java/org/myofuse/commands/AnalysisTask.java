package org.myofuse.commands;

import org.myofuse.api.store.StoreException;
import org.myofuse.api.analysis.SessionAnalysis;
import org.myofuse.commands.request.Command;
import org.myofuse.api.host.CommandInvocation;
import org.myofuse.commands.request.ReplayCommand;
import org.myofuse.commands.request.SummaryCommand;

/**
 * {@code myofuse replay SESSION} and {@code myofuse summary SESSION [--json]}: both analyse the stored
 * raw data and store the result; replay reports what it stored, summary prints the summary.
 */
final class AnalysisTask implements CommandTask {

    private final Command command;
    private final CommandInvocation launch;
    private final ReviewServices services;

    /** {@code command} is a {@link ReplayCommand} or a {@link SummaryCommand}. */
    AnalysisTask(Command command, CommandInvocation launch, ReviewServices services) {
        this.command = command;
        this.launch = launch;
        this.services = services;
    }

    @Override
    public int run() throws CommandFailure {
        String sessionId = command instanceof ReplayCommand replay ? replay.sessionId()
                : ((SummaryCommand) command).sessionId();
        SessionAnalysisRun run = new SessionAnalysisRun(services.review(command.name()),
                services.analyzer(command.name()), launch.err(), System.console() != null);
        SessionAnalysis analysis;
        try {
            analysis = run.analyse(sessionId);
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (command instanceof SummaryCommand summary && summary.json()) {
            launch.out().println(run.json(analysis));
        } else {
            launch.out().print(SummaryText.of(analysis.finish()));
        }
        if (command instanceof ReplayCommand) {
            launch.out().println("stored the analysis of session " + sessionId + ": " + analysis.events().size()
                    + " events");
        }
        launch.out().flush();
        return CommandInvocation.EXIT_OK;
    }
}
