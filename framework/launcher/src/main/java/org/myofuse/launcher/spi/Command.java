package org.myofuse.launcher.spi;

/** One of the commands of the {@code myofuse} command line. */
public sealed interface Command permits RunCommand, DevicesCommand, ShellCommand, BootCommand,
        SimulateCommand, PatientsCommand, TherapistsCommand, SessionsCommand, ExportCommand, ImportCommand, ReplayCommand,
        SummaryCommand, ReportCommand, AssessCommand, ProgramCommand {

    /** The command's name as typed on the command line. */
    String name();

    /** True for commands that need an interactive Gogo console on the terminal. */
    default boolean interactiveShell() {
        return false;
    }
}
