package org.myofuse.commands.cli;

import java.util.Optional;

import org.myofuse.commands.request.SessionsCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code myofuse sessions}. */
@Command(name = Sessions.NAME,
        header = "list recorded sessions, newest first",
        customSynopsis = "myofuse sessions [--patient ID]",
        description = {
                "Lists the recorded sessions, newest first: id, patient, therapist, protocol, start,",
                "duration and status (RECORDING, COMPLETE, or INTERRUPTED when the host stopped without",
                "ending it). A session imported from files that carry only a time of day shows",
                "'date unknown' and the time (see myofuse import --start)." })
final class Sessions implements CliCommand {

    static final String NAME = "sessions";

    private String patient;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Option(names = "--patient", paramLabel = "ID", order = 1, description = "only this patient's sessions")
    void patient(String id) throws UsageException {
        patient = Values.once(patient, "--patient", Values.text("--patient", id, NAME), NAME);
    }

    @Override
    public Invocation invocation(Globals globals) {
        return globals.launch(new SessionsCommand(Optional.ofNullable(patient)));
    }
}
