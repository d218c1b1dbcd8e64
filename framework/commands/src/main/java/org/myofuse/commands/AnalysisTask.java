package org.myofuse.commands;

import org.myofuse.api.store.StoreException;
import org.myofuse.api.analysis.SessionAnalysis;
import org.myofuse.launcher.spi.Command;
import org.myofuse.launcher.spi.LaunchContext;
import org.myofuse.launcher.spi.ReplayCommand;
import org.myofuse.launcher.spi.SummaryCommand;

/**
 * {@code myofuse replay SESSION} and {@code myofuse summary SESSION [--json]}: both analyse the stored
 * raw data and store the result; replay reports what it stored, summary prints the summary. The
 * commands bundle imports the fusion and store packages optionally, so this class is only loaded when
 * one of them is run.
 */
final class AnalysisTask implements CommandTask {

    private final Command command;
    private final LaunchContext launch;
    private final ReviewServices services;

    /** {@code command} is a {@link ReplayCommand} or a {@link SummaryCommand}. */
    AnalysisTask(Command command, LaunchContext launch, ReviewServices services) {
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
        return LaunchContext.EXIT_OK;
    }
}
