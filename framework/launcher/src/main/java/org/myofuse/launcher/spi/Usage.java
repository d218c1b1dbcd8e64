package org.myofuse.launcher.spi;

/** The help texts. Kept next to the parser so that options and their help change together. */
final class Usage {

    static final String MAIN = """
            Usage: myofuse [GLOBAL OPTIONS] [COMMAND [OPTIONS]]

            Myofuse streams force-sensing IASTM tools, EMG amplifiers and pressure mats through one
            bus to the consumers that fuse, record and display them.

            Commands:
              run        connect devices and stream them, one status line per second
              devices    list installed device types, configured devices and serial ports
              shell      start the interactive OSGi shell (Gogo)
              boot       start up until ready, print the boot time and exit (diagnostics)
              help       show the help of a command: myofuse help COMMAND

            Without a command, myofuse runs headless, as 'myofuse run --headless', until the
            clinician console is installed.

            Global options:
              --home DIR     data folder; default $MYOFUSE_HOME, else $XDG_DATA_HOME/myofuse,
                             else ~/.local/share/myofuse (created if missing)
              --boot-time    print the time from process start to ready on stderr (diagnostics)
              --version      print the version and exit
              -h, --help     show this help and exit

            Device plugins are installed by copying their bundle into the installation's plugins/
            folder; devices can be configured with .cfg files in its etc/ folder (see etc/README.txt).

            Exit status: 0 done, 1 something failed (named on stderr), 2 bad usage.
            """;

    static final String RUN = """
            Usage: myofuse run --headless [--device SPEC]... [--duration D] [--patient ID] [--protocol ID]

            Connects devices, streams them through the bus and prints one status line per second
            (samples per second, gaps and dropped blocks of each device) and every device state
            change, until the duration has passed or myofuse is stopped with Ctrl-C or SIGTERM.
            Then it removes the devices it added and prints a summary line per device.

            Options:
              --headless       run without the clinician console. The console is not installed
                               yet: run is always headless for now
              --device SPEC    a device to add: TYPE[@PORT][?key=value&...], e.g. sim-emg?seed=7
                               or openbci-cyton@/dev/ttyUSB0; repeat for several devices.
                               Default: the devices configured in etc/, else the simulators
                               sim-iastm, sim-emg and sim-mat
              --duration D     stop after D: 500ms, 90s, 5m, 1h, or combined such as 1h30m
              --patient ID     pseudonymous patient code of the session
              --protocol ID    therapy protocol of the session
              -h, --help       show this help and exit

            Sessions are recorded when a session store is installed (not yet available).
            """;

    static final String DEVICES = """
            Usage: myofuse devices

            Lists the installed device types (id, bundle, version, transport), the configured
            devices (id, name, type, port, state) and the serial ports present, then exits.
            """;

    static final String SHELL = """
            Usage: myofuse shell

            Starts the interactive OSGi shell (Gogo) on this terminal. Myofuse's own commands are
            myofuse:devices and myofuse:sessions; 'lb' lists bundles. Leave with 'exit' or Ctrl-D.
            """;

    static final String BOOT = """
            Usage: myofuse boot

            Starts up until ready (every bundle active and every installed device driver registered
            with the device manager), prints the time it took and exits. For benchmarking, e.g.
            hyperfine 'myofuse boot'.
            """;

    static final String HELP = """
            Usage: myofuse help [COMMAND]

            Shows the help of COMMAND, or the general help.
            """;

    private Usage() {
    }

    /** The help text of a command, or null if there is no such command. */
    static String of(String command) {
        return switch (command) {
            case "run" -> RUN;
            case "devices" -> DEVICES;
            case "shell" -> SHELL;
            case "boot" -> BOOT;
            case "help" -> HELP;
            default -> null;
        };
    }
}
