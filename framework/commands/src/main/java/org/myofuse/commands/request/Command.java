package org.myofuse.commands.request;

/** One of the commands of the {@code myofuse} command line, as parsed and checked: what the command tasks carry out. */
public sealed interface Command permits RunCommand, DevicesCommand, ShellCommand, BootCommand,
        SimulateCommand, PatientsCommand, TherapistsCommand, SessionsCommand, ExportCommand, ImportCommand, ReplayCommand,
        SummaryCommand, ReportCommand, AssessCommand, ProgramCommand, ConsoleCommand,
        ProtocolCommand, ProgramsCommand {

    /** The command's name as typed on the command line. */
    String name();
}
