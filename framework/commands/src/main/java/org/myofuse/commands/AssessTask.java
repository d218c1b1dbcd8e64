package org.myofuse.commands;

import java.util.OptionalInt;

import org.myofuse.api.store.StoreException;
import org.myofuse.commands.request.AssessCommand;
import org.myofuse.api.host.CommandInvocation;
import org.myofuse.api.store.Assessment;
import org.myofuse.api.store.SessionReview;

/** {@code myofuse assess SESSION [--pain-before N] [--pain-after N]}: pain scores on the 0-10 NRS. */
final class AssessTask implements CommandTask {

    private final AssessCommand command;
    private final CommandInvocation launch;
    private final ReviewServices services;

    AssessTask(AssessCommand command, CommandInvocation launch, ReviewServices services) {
        this.command = command;
        this.launch = launch;
        this.services = services;
    }

    @Override
    public int run() throws CommandFailure {
        SessionReview review = services.review("assess");
        try {
            Assessment assessment;
            if (command.painBefore().isEmpty() && command.painAfter().isEmpty()) {
                assessment = review.assessment(command.sessionId()).orElse(
                        new Assessment(command.sessionId(), OptionalInt.empty(), OptionalInt.empty()));
            } else {
                assessment = review.assess(command.sessionId(), command.painBefore(), command.painAfter());
            }
            launch.out().println(line(assessment));
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
        launch.out().flush();
        return CommandInvocation.EXIT_OK;
    }

    static String line(Assessment a) {
        return "session " + a.sessionId() + ": pain before " + score(a.painBefore()) + ", after " + score(a.painAfter())
                + " (NRS 0-10)";
    }

    private static String score(OptionalInt s) {
        return s.isPresent() ? Integer.toString(s.getAsInt()) : "not recorded";
    }
}
