package org.myofuse.commands.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.commands.request.Command;
import org.myofuse.commands.request.ProgramCommand;
import org.myofuse.commands.request.ProgramsCommand;

/** {@code myofuse program PATIENT --plan ID} and {@code myofuse programs}. */
class ProgramParsingTest {

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
    void shouldParseAPlanWithOrWithoutAStartDay() throws UsageException {
        assertEquals(new ProgramCommand("P-001", Optional.of(ProgramCommand.Plan.following("lumbar-12-week",
                LocalDate.of(2027, 1, 4)))), command("program", "P-001", "--plan", "lumbar-12-week", "--start", "2027-01-04"));
        var today = assertInstanceOf(ProgramCommand.class, command("program", "P-001", "--plan", "lumbar-12-week"));
        assertEquals("lumbar-12-week", today.plan().orElseThrow().planId());
        assertEquals(0, today.plan().orElseThrow().weeks(), "weeks come from the plan");
        assertEquals("", new ProgramCommand.Plan(12, 2, LocalDate.of(2027, 1, 4), "x").planId());
        assertEquals(new ProgramsCommand(), command("programs"));
    }

    @Test
    void shouldRefuseAPlanWithWeeksOrAProtocolInOneLine() {
        String expected = "program --plan takes its weeks, sessions per week and protocols from the plan: leave out "
                + "--weeks, --per-week and --protocol (see myofuse program --help)";
        assertEquals(expected, usageError("program", "P", "--plan", "a", "--weeks", "12"));
        assertEquals(expected, usageError("program", "P", "--plan", "a", "--protocol", "x"));
        assertTrue(usageError("program", "P", "--plan", "a", "--plan", "b").contains("--plan"));
        assertTrue(usageError("programs", "extra").contains("'extra'"));
    }

    @Test
    void shouldListTheProgramCommandsInTheHelp() throws UsageException {
        String help = assertInstanceOf(TextRequest.class, parser.parse(List.of("--help"))).text();
        assertTrue(help.contains("programs") && help.contains("list the installed program plans"), help);
        String program = assertInstanceOf(TextRequest.class, parser.parse(List.of("program", "--help"))).text();
        assertTrue(program.contains("myofuse program PATIENT --plan ID [--start YYYY-MM-DD]"), program);
        assertTrue(program.contains("--plan ID"), program);
    }
}
