package org.myofuse.commands.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.commands.request.AssessCommand;
import org.myofuse.commands.request.BootCommand;
import org.myofuse.commands.request.DevicesCommand;
import org.myofuse.commands.request.ProgramCommand;
import org.myofuse.commands.request.ReplayCommand;
import org.myofuse.commands.request.ReportCommand;
import org.myofuse.commands.request.RunCommand;
import org.myofuse.commands.request.ShellCommand;
import org.myofuse.commands.request.SimulateCommand;
import org.myofuse.commands.request.SummaryCommand;

class CommandLineParserTest {

    private final CommandLineParser parser = new CommandLineParser("1.2.3", DeviceRequest::parse);

    private LaunchRequest launch(String... args) throws UsageException {
        return assertInstanceOf(LaunchRequest.class, parser.parse(List.of(args)));
    }

    private String text(String... args) throws UsageException {
        return assertInstanceOf(TextRequest.class, parser.parse(List.of(args))).text();
    }

    private String usageError(String... args) {
        var e = assertThrows(UsageException.class, () -> parser.parse(List.of(args)));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void noArgumentsShouldOpenTheConsoleUntilStopped() throws UsageException {
        LaunchRequest cl = launch();
        assertEquals(org.myofuse.commands.request.ConsoleCommand.defaultConsole(), cl.command());
        assertEquals(Optional.empty(), cl.home());
        assertFalse(cl.bootTime());
    }

    @Test
    void shouldParseAFullRunCommand() throws UsageException {
        LaunchRequest cl = launch("run", "--headless", "--device", "sim-emg?seed=7", "--device=openbci-cyton@/dev/ttyUSB0",
                "--duration", "90s", "--patient", "P-0042", "--therapist=TK", "--protocol=lumbar-v1");
        var run = assertInstanceOf(RunCommand.class, cl.command());
        assertTrue(run.headless());
        assertEquals(List.of("sim-emg?seed=7", "openbci-cyton@/dev/ttyUSB0"), run.deviceSpecs());
        assertEquals(Optional.of(Duration.ofSeconds(90)), run.duration());
        assertEquals("P-0042", run.patientId());
        assertEquals("TK", run.therapistId());
        assertEquals("lumbar-v1", run.protocolId());
    }

    @Test
    void runWithoutHeadlessShouldSaySo() throws UsageException {
        var run = assertInstanceOf(RunCommand.class, launch("run").command());
        assertFalse(run.headless());
        assertTrue(run.deviceSpecs().isEmpty());
        assertEquals("", run.patientId());
    }

    @Test
    void globalOptionsShouldBeAcceptedBeforeTheCommandAndAmongItsOptions() throws UsageException {
        LaunchRequest before = launch("--home", "/data/x", "--boot-time", "devices");
        assertEquals(Optional.of(Path.of("/data/x")), before.home());
        assertTrue(before.bootTime());
        assertInstanceOf(DevicesCommand.class, before.command());

        LaunchRequest among = launch("run", "--headless", "--home=/data/y", "--boot-time");
        assertEquals(Optional.of(Path.of("/data/y")), among.home());
        assertTrue(among.bootTime());
    }

    @Test
    void shouldParseTheOtherCommands() throws UsageException {
        assertInstanceOf(DevicesCommand.class, launch("devices").command());
        assertInstanceOf(ShellCommand.class, launch("shell").command());
        assertInstanceOf(BootCommand.class, launch("boot").command());
    }

    @Test
    void helpShouldBeTextNotALaunch() throws UsageException {
        assertTrue(text("--help").startsWith("Usage: myofuse [GLOBAL OPTIONS]"));
        assertTrue(text("-h").startsWith("Usage: myofuse [GLOBAL OPTIONS]"));
        assertTrue(text("help").startsWith("Usage: myofuse [GLOBAL OPTIONS]"));
        assertTrue(text("run", "--help").startsWith("Usage: myofuse run --headless"));
        assertTrue(text("run", "--headless", "-h").startsWith("Usage: myofuse run"));
        assertTrue(text("help", "run").startsWith("Usage: myofuse run"));
        assertTrue(text("devices", "--help").startsWith("Usage: myofuse devices"));
        assertTrue(text("shell", "--help").startsWith("Usage: myofuse shell"));
        assertTrue(text("boot", "--help").startsWith("Usage: myofuse boot"));
        assertTrue(text("help", "--help").startsWith("Usage: myofuse help"));
        assertEquals("myofuse 1.2.3\n", text("--version"));
    }

    @Test
    void mainHelpShouldSayThatNoCommandOpensTheConsole() throws UsageException {
        String help = text("--help");
        assertTrue(help.contains("Without a command, myofuse opens the clinician console"), help);
        for (String command : List.of("console", "run", "devices", "shell", "boot", "help")) {
            assertTrue(help.contains("\n  " + command + " "), "lists " + command);
        }
    }

    @Test
    void everyRunOptionShouldBeInTheRunHelp() throws UsageException {
        String help = text("run", "--help");
        for (String option : List.of("--headless", "--device", "--duration", "--patient", "--therapist", "--protocol",
                "--help")) {
            assertTrue(help.contains(option), option);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--frob | unknown option --frob (see myofuse --help)",
            "run --frob | unknown option --frob for run (see myofuse run --help)",
            "run --headless --frob=1 | unknown option --frob for run (see myofuse run --help)",
            "devices --all | unknown option --all for devices (see myofuse devices --help)",
            "frob | unknown command 'frob' (see myofuse --help)",
            "help frob | unknown command 'frob' (see myofuse --help)",
            "run extra | unexpected argument 'extra' for run (see myofuse run --help)",
            "shell now | unexpected argument 'now' for shell (see myofuse shell --help)",
            "help run devices | unexpected argument 'devices' for help (see myofuse help --help)",
            "run --device | option --device needs a value (see myofuse run --help)",
            "run --duration --headless | option --duration needs a value (see myofuse run --help)",
            "run --patient= | option --patient needs a value (see myofuse run --help)",
            "run --headless=yes | option --headless takes no value (see myofuse run --help)",
            "--boot-time=1 | option --boot-time takes no value (see myofuse --help)",
            "--home | option --home needs a value (see myofuse --help)",
            "--home /a --home /b | option --home given twice (see myofuse --help)",
            "run --duration 1s --duration 2s | option --duration given twice (see myofuse run --help)",
            "run --patient a --patient b | option --patient given twice (see myofuse run --help)",
            "run --duration 10 | duration '10' needs a unit: ms, s, m or h, e.g. 90s (see myofuse run --help)",
            "run --duration 0s | duration '0s' must be longer than zero (see myofuse run --help)",
            "run --device sim-emg?seed | device spec 'sim-emg?seed': expected key=value, got 'seed' (see myofuse run --help)",
            "run --device @/dev/ttyUSB0 | device spec '@/dev/ttyUSB0': missing device type (see myofuse run --help)",
            "run --device sim-emg@ | device spec 'sim-emg@': empty port after '@' (see myofuse run --help)",
            "--version=2 | option --version takes no value (see myofuse --help)" })
    void badUsageShouldBeOneLineNamingTheProblemAndWhereHelpIs(String args, String message) {
        assertEquals(message, usageError(args.split(" ")));
    }

    @Test
    void aSpecCheckShouldSeeEverySpecInOrder() throws UsageException {
        var seen = new java.util.ArrayList<String>();
        new CommandLineParser("x", seen::add).parse(List.of("run", "--device", "a", "--device", "b"));
        assertEquals(List.of("a", "b"), seen);
    }

    @Test
    void helpShouldWinOverLaterMistakesButNotEarlierOnes() throws UsageException {
        assertTrue(text("run", "--help", "--frob").startsWith("Usage: myofuse run"));
        assertEquals("unknown option --frob for run (see myofuse run --help)", usageError("run", "--frob", "--help"));
    }

    @Test
    void shouldParseSimulateWithItsTypeSeedAndCorruptionRate() throws UsageException {
        assertEquals(new SimulateCommand("openbci-cyton", 7, 0.02),
                launch("simulate", "openbci-cyton", "--seed", "7", "--corrupt=0.02").command());
        assertEquals(new SimulateCommand("openbci-cyton", 1, 0), launch("simulate", "openbci-cyton").command());
        assertTrue(text("--help").contains("\n  simulate "));
    }

    @Test
    void simulateShouldKeepWhatFollowsTheTypeForTheSimulatorToRead() throws UsageException {
        assertEquals(new SimulateCommand("openbci-cyton", 3, 0, List.of("--firmware", "v2", "--daisy", "--frob=1"),
                Optional.empty()),
                launch("simulate", "openbci-cyton", "--firmware", "v2", "--seed", "3", "--daisy", "--frob=1").command());
        assertEquals(new SimulateCommand("openbci-cyton", 1, 0, List.of("--firmware", "v1"), Optional.empty()),
                launch("--home", "/h", "simulate", "--seed", "1", "openbci-cyton", "--firmware", "v1").command());
    }

    @Test
    void simulateHelpShouldBeAnsweredInTheHostWhereTheSimulatorsAre() throws UsageException {
        var all = assertInstanceOf(SimulateCommand.class, launch("simulate", "--help").command());
        assertEquals("", all.typeId());
        assertTrue(all.help().orElseThrow().startsWith("Usage: myofuse simulate TYPE"), all.help().toString());
        var one = assertInstanceOf(SimulateCommand.class, launch("simulate", "openbci-cyton", "--daisy", "-h").command());
        assertEquals("openbci-cyton", one.typeId());
        assertTrue(one.help().orElseThrow().contains("myofuse simulate TYPE --help lists them"));
        assertTrue(text("help", "simulate").startsWith("Usage: myofuse simulate TYPE"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "simulate | simulate needs a device type, e.g. myofuse simulate openbci-cyton (see myofuse simulate --help)",
            "simulate a b | unexpected argument 'b' for simulate (see myofuse simulate --help)",
            "simulate a --seed x | option --seed 'x': not a number (see myofuse simulate --help)",
            "simulate a --corrupt 2 | option --corrupt 2.0: must be 0 to 1 (see myofuse simulate --help)",
            "simulate a --seed 1 --seed 2 | option --seed given twice (see myofuse simulate --help)",
            "simulate --frob | unknown option --frob for simulate: a simulator's own options follow its TYPE, e.g. myofuse simulate openbci-cyton --firmware v2 (see myofuse simulate --help)",
            "simulate --firmware v2 a | unknown option --firmware for simulate: a simulator's own options follow its TYPE, e.g. myofuse simulate openbci-cyton --firmware v2 (see myofuse simulate --help)" })
    void badSimulateUsageShouldBeOneLine(String args, String message) {
        assertEquals(message, usageError(args.split(" ")));
    }

    @Test
    void shouldParseTheSessionReviewCommands() throws UsageException {
        assertEquals(new ReplayCommand("12"), launch("replay", "12").command());
        assertEquals(new SummaryCommand("12", true), launch("summary", "12", "--json").command());
        assertEquals(new SummaryCommand("12", false), launch("summary", "--home", "/h", "12").command());
        var report = assertInstanceOf(ReportCommand.class, launch("report", "12", "--out", "/tmp/r.html").command());
        assertEquals(Optional.of("12"), report.sessionId());
        assertEquals(Path.of("/tmp/r.html"), report.out());
        var progress = assertInstanceOf(ReportCommand.class,
                launch("report", "--patient", "P-1", "--out=/tmp/p.html").command());
        assertEquals(Optional.of("P-1"), progress.patientId());
        assertEquals(new AssessCommand("3", java.util.OptionalInt.of(0), java.util.OptionalInt.of(10)),
                launch("assess", "3", "--pain-before", "0", "--pain-after", "10").command());
        assertEquals(new ProgramCommand("P-1", Optional.of(new ProgramCommand.Plan(12, 2,
                java.time.LocalDate.of(2027, 1, 4), "iastm"))),
                launch("program", "P-1", "--weeks", "12", "--per-week", "2", "--start", "2027-01-04", "--protocol", "iastm")
                        .command());
        assertEquals(new ProgramCommand("P-1", Optional.empty()), launch("program", "P-1").command());
        assertTrue(text("help", "report").contains("--patient ID"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "replay | replay needs a session id, e.g. myofuse replay 12 (see myofuse replay --help)",
            "replay 1 2 | unexpected argument '2' for replay (see myofuse replay --help)",
            "summary 1 --json=yes | option --json takes no value (see myofuse summary --help)",
            "report 1 | report needs --out FILE.html, the file to write (see myofuse report --help)",
            "report 1 --patient P --out r.html | report needs a session id or --patient ID, not both, e.g. myofuse report 12 --out s12.html (see myofuse report --help)",
            "assess 1 --pain-before 11 | --pain-before must be a pain score from 0 to 10, was '11'",
            "assess 1 --pain-after x | --pain-after must be a pain score from 0 to 10, was 'x'",
            "program P --weeks 12 | program needs both --weeks and --per-week to set a program (see myofuse program --help)",
            "program P --weeks 0 --per-week 2 | --weeks must be a whole number from 1 to 104, was '0'",
            "program P --weeks 12 --per-week 2 --start 2027-13-01 | option --start '2027-13-01': expected YYYY-MM-DD (see myofuse program --help)" })
    void badReviewUsageShouldBeOneLine(String args, String message) {
        assertEquals(message, usageError(args.split(" ")));
    }
}
