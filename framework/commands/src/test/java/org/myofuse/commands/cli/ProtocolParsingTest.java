package org.myofuse.commands.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.commands.request.Command;
import org.myofuse.commands.request.ProtocolCommand;

class ProtocolParsingTest {

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
    void shouldParseProtocolsShowAndValidate() throws UsageException {
        assertEquals(ProtocolCommand.list(), command("protocols"));
        assertEquals(ProtocolCommand.show("lumbar-session"), command("protocol", "show", "lumbar-session"));
        assertEquals(ProtocolCommand.validate(List.of(Path.of("a.yaml"), Path.of("etc/protocols/b.json"))),
                command("protocol", "validate", "a.yaml", "etc/protocols/b.json"));
        var withHome = assertInstanceOf(LaunchRequest.class, parser.parse(List.of("protocols", "--home", "/d")));
        assertEquals(java.util.Optional.of(Path.of("/d")), withHome.home());
        assertEquals("protocols", ProtocolCommand.list().name());
        assertEquals("protocol", ProtocolCommand.show("x").name());
    }

    @Test
    void shouldRefuseBadProtocolUsageInOneLine() {
        assertTrue(usageError("protocol").startsWith("protocol needs show or validate"));
        assertTrue(usageError("protocol", "edit", "x").startsWith("unknown protocol action 'edit'"));
        assertTrue(usageError("protocol", "show").startsWith("protocol show needs a protocol id"));
        assertTrue(usageError("protocol", "show", "a", "b").contains("'b'"));
        assertTrue(usageError("protocol", "validate").startsWith("protocol validate needs at least one file"));
        assertTrue(usageError("protocols", "extra").contains("'extra'"));
    }

    @Test
    void shouldListTheProtocolCommandsInTheGeneralHelp() throws UsageException {
        String help = assertInstanceOf(TextRequest.class, parser.parse(List.of("--help"))).text();
        assertTrue(help.contains("protocols") && help.contains("list the installed therapy protocols"), help);
        assertTrue(help.contains("show an installed protocol or validate protocol files"), help);
        String validate = assertInstanceOf(TextRequest.class, parser.parse(List.of("protocol", "validate", "--help"))).text();
        assertTrue(validate.startsWith("Usage: myofuse protocol validate FILE..."), validate);
    }
}
