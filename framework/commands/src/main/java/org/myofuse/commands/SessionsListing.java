package org.myofuse.commands;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.host.CommandInvocation;
import org.myofuse.commands.request.SessionsCommand;

/** {@code myofuse sessions [--patient ID]}: the stored sessions, newest first. */
final class SessionsListing implements CommandTask {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** In place of the date of a session whose files gave only a time of day. */
    static final String UNKNOWN_DATE = "date unknown";

    private final SessionsCommand command;
    private final CommandInvocation launch;
    private final Supplier<SessionStore> store;

    SessionsListing(SessionsCommand command, CommandInvocation launch, Supplier<SessionStore> store) {
        this.command = command;
        this.launch = launch;
        this.store = store;
    }

    @Override
    public int run() throws CommandFailure {
        SessionStore sessions = StoreAccess.await(store, "sessions");
        List<SessionInfo> list;
        try {
            list = sessions.sessions(command.patientId().orElse(null));
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
        launch.out().print(render(list, ZoneId.systemDefault()));
        launch.out().flush();
        return CommandInvocation.EXIT_OK;
    }

    /** The start; a session imported from files with a time of day alone shows its date as unknown. */
    static String start(SessionInfo s, ZoneId zone) {
        var start = Instant.ofEpochMilli(s.startEpochMillis()).atZone(zone);
        return s.startDateKnown() ? START.format(start) : UNKNOWN_DATE + " " + CLOCK.format(start);
    }

    static String render(List<SessionInfo> list, ZoneId zone) {
        if (list.isEmpty()) {
            return "No sessions recorded.\n";
        }
        var table = new TextTable("ID", "PATIENT", "THERAPIST", "PROTOCOL", "START", "DURATION", "STATUS");
        for (SessionInfo s : list) {
            String protocol = s.protocolId().isEmpty() ? "-"
                    : s.protocolId() + (s.protocolVersion().isEmpty() ? "" : " " + s.protocolVersion());
            String duration = s.endEpochMillis() < 0 ? "-"
                    : StatusLine.elapsed((s.endEpochMillis() - s.startEpochMillis()) * 1_000_000L);
            table.row(s.id(), s.patientId().isEmpty() ? "-" : s.patientId(), s.therapistId().isEmpty() ? "-" : s.therapistId(),
                    protocol,
                    start(s, zone), duration, s.status());
        }
        return table.render("");
    }
}
