package org.myofuse.commands.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.commands.request.Command;
import org.myofuse.commands.request.PatientsCommand;
import org.myofuse.commands.request.SessionsCommand;
import org.myofuse.commands.request.TherapistsCommand;

class PatientsAndSessionsParsingTest {

    private final CommandLineParser parser = new CommandLineParser("1.2.3", DeviceRequest::parse);

    private Command command(String... args) throws UsageException {
        return assertInstanceOf(LaunchRequest.class, parser.parse(List.of(args))).command();
    }

    private String usageError(String... args) {
        var e = assertThrows(UsageException.class, () -> parser.parse(List.of(args)));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void shouldParsePatientsAddWithEveryOption() throws UsageException {
        assertEquals(new PatientsCommand(PatientsCommand.Action.ADD, "P-001", Optional.of("Ada Example"),
                Optional.of(LocalDate.of(1980, 2, 29)), true),
                command("patients", "add", "P-001", "--name", "Ada Example", "--birth-date=1980-02-29", "--consent"));
        assertEquals(new PatientsCommand(PatientsCommand.Action.ADD, "P-002", Optional.empty(), Optional.empty(), false),
                command("patients", "add", "P-002"));
    }

    @Test
    void shouldParsePatientsListAndSessionsWithGlobalOptions() throws UsageException {
        assertEquals(PatientsCommand.list(), command("patients", "list"));
        var cl = assertInstanceOf(LaunchRequest.class, parser.parse(List.of("sessions", "--patient", "P-001", "--home", "/d")));
        assertEquals(new SessionsCommand(Optional.of("P-001")), cl.command());
        assertEquals(Optional.of(Path.of("/d")), cl.home());
        assertEquals(new SessionsCommand(Optional.empty()), command("sessions"));
    }

    @Test
    void shouldRefuseBadPatientsAndSessionsUsageInOneLine() {
        assertTrue(usageError("patients").startsWith("patients needs add or list"));
        assertTrue(usageError("patients", "remove", "P-1").startsWith("unknown patients action 'remove'"));
        assertTrue(usageError("patients", "add").startsWith("patients add needs a pseudonymous code"));
        assertTrue(usageError("patients", "add", "P-1", "--birth-date", "29.02.1980")
                .startsWith("option --birth-date '29.02.1980': expected YYYY-MM-DD"));
        assertTrue(usageError("patients", "add", "P-1", "--birth-date", LocalDate.now().plusDays(1).toString())
                .contains("lies in the future"));
        assertTrue(usageError("patients", "add", "P-1", "P-2").startsWith("unexpected argument 'P-2'"));
        assertTrue(usageError("patients", "list", "--name", "x").startsWith("unknown option --name for patients"));
        assertTrue(usageError("sessions", "--patient").startsWith("option --patient needs a value"));
        assertTrue(usageError("sessions", "--patient", "a", "--patient", "b").startsWith("option --patient given twice"));
    }

    @Test
    void shouldParseTherapistsAddAndList() throws UsageException {
        assertEquals(new TherapistsCommand(TherapistsCommand.Action.ADD, "TK", Optional.of("Tove Kline")),
                command("therapists", "add", "TK", "--name", "Tove Kline"));
        assertEquals(new TherapistsCommand(TherapistsCommand.Action.ADD, "AB", Optional.empty()),
                command("therapists", "add", "--home=/d", "AB"));
        assertEquals(new TherapistsCommand(TherapistsCommand.Action.LIST, "", Optional.empty()),
                command("therapists", "list"));
    }

    @Test
    void shouldRefuseBadTherapistsUsageInOneLine() {
        assertTrue(usageError("therapists").startsWith("therapists needs add or list"));
        assertTrue(usageError("therapists", "remove", "TK").startsWith("unknown therapists action 'remove'"));
        assertTrue(usageError("therapists", "add").startsWith("therapists add needs a code"));
        assertTrue(usageError("therapists", "add", "TK", "AB").startsWith("unexpected argument 'AB'"));
        assertTrue(usageError("therapists", "add", "TK", "--name").startsWith("option --name needs a value"));
        assertTrue(usageError("therapists", "list", "--name", "x").startsWith("unknown option --name for therapists"));
        assertTrue(usageError("run", "--therapist", "a", "--therapist", "b").startsWith("option --therapist given twice"));
    }

    @Test
    void shouldShowTheHelpOfTheNewCommands() throws UsageException {
        String patients = assertInstanceOf(TextRequest.class, parser.parse(List.of("help", "patients"))).text();
        assertTrue(patients.startsWith("Usage: myofuse patients add CODE"));
        String therapists = assertInstanceOf(TextRequest.class, parser.parse(List.of("therapists", "--help"))).text();
        assertTrue(therapists.startsWith("Usage: myofuse therapists add CODE"));
        String sessions = assertInstanceOf(TextRequest.class, parser.parse(List.of("sessions", "--help"))).text();
        assertTrue(sessions.startsWith("Usage: myofuse sessions"));
    }
}
