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
              simulate   serve a simulated device on a pseudo-terminal: myofuse simulate TYPE
              patients   register and list patients: myofuse patients add CODE, myofuse patients list
              therapists register and list therapists: myofuse therapists add CODE --name NAME
              sessions   list recorded sessions, newest first
              export     write a session to CSV, EDF+ or BDF+: myofuse export SESSION --format edf --out F
              import     store an OpenBCI, BrainFlow or Myofuse CSV recording as a session
              replay     re-run fusion on a stored session and store its summary and events
              summary    print a session's summary: myofuse summary SESSION [--json]
              report     write an HTML report of a session, or of a patient's progress
              assess     record pain (NRS 0-10) before and after a session
              program    set or show a patient's program: myofuse program P-001 --weeks 12 --per-week 2
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
            Usage: myofuse run --headless [--device SPEC]... [--duration D] [--patient ID] [--therapist ID]
                               [--protocol ID]

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
              --duration D     stream for D once every device streams (connecting is not
                               counted; at most 10 s of it is waited for): 500ms, 90s,
                               5m, 1h, or combined such as 1h30m
              --patient ID     pseudonymous patient code of the session
              --therapist ID   code of the therapist running the session
              --protocol ID    therapy protocol of the session
              -h, --help       show this help and exit

            With the session store installed the run is recorded as a session (of --patient and
            --therapist, who must be registered: myofuse patients add ID, myofuse therapists add ID);
            Ctrl-C or SIGTERM completes it.
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

    static final String PATIENTS = """
            Usage: myofuse patients add CODE [--name NAME] [--birth-date YYYY-MM-DD] [--consent]
                   myofuse patients list

            Registers a patient under a pseudonymous CODE (1-64 letters, digits, '-' or '_'; the
            code is what sessions, exports and reports carry), or lists the registered patients.

            Options of add:
              --name NAME              full name (optional; stays in the store)
              --birth-date YYYY-MM-DD  date of birth (optional)
              --consent                the patient consented to recording today
              -h, --help               show this help and exit

            A code registered already is refused (exit 1).
            """;

    static final String THERAPISTS = """
            Usage: myofuse therapists add CODE [--name NAME]
                   myofuse therapists list

            Registers a therapist under a short CODE (1-64 letters, digits, '-' or '_', e.g. initials;
            the code is what sessions and reports carry), or lists the registered therapists.

            Options of add:
              --name NAME   full name (optional)
              -h, --help    show this help and exit

            A code registered already is refused (exit 1).
            """;

    static final String SESSIONS = """
            Usage: myofuse sessions [--patient ID]

            Lists the recorded sessions, newest first: id, patient, therapist, protocol, start,
            duration and status (RECORDING, COMPLETE, or INTERRUPTED when the host stopped without
            ending it).

            Options:
              --patient ID   only this patient's sessions
              -h, --help     show this help and exit
            """;

    static final String EXPORT = """
            Usage: myofuse export SESSION --format csv|edf|bdf --out PATH

            Writes a stored session (see myofuse sessions) to files researchers' tools read:
              csv   one CSV file per stream with a header naming the device, channels, units,
                    rate, start time and gaps (docs/formats/csv.md)
              edf   EDF+ (16-bit), events and gaps as annotations; EDF+D where there are gaps
              bdf   BDF+ (24-bit), likewise
            With one stream the file is PATH; with several, each stream goes to
            PATH-without-extension-DEVICE.EXT beside it. Files are written under temporary names
            and moved into place when all are complete: on an error nothing is left behind.
            Progress is shown on stderr.

            Options:
              --format F   csv, edf or bdf
              --out PATH   the file to write; its folder must exist
              -h, --help   show this help and exit
            """;

    static final String REPLAY = """
            Usage: myofuse replay SESSION

            Re-runs the fusion analysis (clock alignment, EMG, force and mat processing, guarding
            and withdrawal) on a stored session's raw streams, in the order they were recorded,
            and stores the result as the session's analysis: its summary (see myofuse summary)
            and its fusion events, replacing those of an earlier analysis. The raw data is never
            changed. The same raw data and settings always give the same result, bit for bit.
            Progress is shown on stderr; the summary is printed when done.

            Options:
              -h, --help   show this help and exit
            """;

    static final String SUMMARY = """
            Usage: myofuse summary SESSION [--json]

            Prints a session's summary: duration; force (strokes, stroke rate, normal and shear
            force, time in the target band, impulse, overpressure); EMG per channel (RMS, %MVC,
            onsets, median frequency, asymmetry); mat (sway path, velocity, 95% ellipse, load
            distribution); guarding and withdrawal; and every processing parameter used.
            The summary is computed from the stored raw data, as myofuse replay does, and stored
            as the session's analysis. The JSON document is described in docs/summary.md.

            Options:
              --json       print the JSON document instead of text
              -h, --help   show this help and exit
            """;

    static final String REPORT = """
            Usage: myofuse report SESSION --out FILE.html
                   myofuse report --patient ID --out FILE.html

            Writes a self-contained HTML report (no scripts, no external files; prints on A4):
              SESSION        force with the target band and strokes, EMG envelopes with onsets,
                             centre-of-pressure path with its 95% ellipse, mean pressure map,
                             events on a timeline, and the summary table
              --patient ID   the patient's progress over their sessions: pain NRS trend and
                             percent change from the first session, key metrics per session
            A session report analyses the session's raw data afresh (as myofuse replay does); a
            progress report uses each session's stored analysis and analyses only those without.
            The file is written under a temporary name and moved into place when complete.

            Options:
              --patient ID   report on this patient's progress instead of one session
              --out FILE     the HTML file to write; its folder must exist
              -h, --help     show this help and exit
            """;

    static final String ASSESS = """
            Usage: myofuse assess SESSION [--pain-before N] [--pain-after N]

            Records the patient's pain on the numeric rating scale (0 = no pain, 10 = worst
            imaginable) before and after a session, for the progress report. A score given again
            replaces the earlier one; a score not given is kept. Without options, prints what is
            recorded.

            Options:
              --pain-before N   pain before the session, 0 to 10
              --pain-after N    pain after the session, 0 to 10
              -h, --help        show this help and exit
            """;

    static final String PROGRAM = """
            Usage: myofuse program PATIENT [--weeks N --per-week N [--start YYYY-MM-DD] [--protocol ID]]

            Sets the treatment program of a registered patient, e.g. 12 weeks of two sessions a
            week, replacing an earlier one; without options, prints the current program. The
            progress report (myofuse report --patient) shows it.

            Options:
              --weeks N            length of the program, 1 to 104 weeks
              --per-week N         planned sessions per week, 1 to 14
              --start YYYY-MM-DD   first day (default: today)
              --protocol ID        the protocol the program follows
              -h, --help           show this help and exit
            """;

    static final String IMPORT = """
            Usage: myofuse import FILE --format openbci|brainflow|csv [--patient ID]

            Stores a recording made elsewhere as a new, complete session:
              openbci     an OpenBCI GUI recording (OpenBCI-RAW-*.txt, any generation of its format)
              brainflow   a BrainFlow CSV file (DataFilter.write_file)
              csv         a CSV file of myofuse export
            The whole file is checked before anything is stored, and the session is stored in one
            transaction: a file of another format, a truncated or corrupt file stores nothing.
            Prints the new session's id; progress is shown on stderr.

            Options:
              --format F     openbci, brainflow or csv
              --patient ID   the registered patient the session belongs to
              -h, --help     show this help and exit
            """;

    static final String SIMULATE = """
            Usage: myofuse simulate TYPE [--seed N] [--corrupt RATE]

            Serves a simulated TYPE device that speaks the device's own wire protocol on a new
            pseudo-terminal, prints the port to connect to and serves until stopped (Ctrl-C or
            SIGTERM). Connect from another terminal, e.g.
              myofuse run --headless --device openbci-cyton@PORT --duration 10s
            Types: those whose plugin provides a wire simulator (openbci-cyton, iastm-force,
            pressure-mat, line-device). Needs socat.

            Options:
              --seed N         seed of the simulated signal and of the damage (default 1)
              --corrupt RATE   probability 0 to 1 of damaging each frame: truncated frames, bad
                               footers and garbage between frames (default 0)
              -h, --help       show this help and exit
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
            case "simulate" -> SIMULATE;
            case "patients" -> PATIENTS;
            case "therapists" -> THERAPISTS;
            case "sessions" -> SESSIONS;
            case "export" -> EXPORT;
            case "import" -> IMPORT;
            case "replay" -> REPLAY;
            case "summary" -> SUMMARY;
            case "report" -> REPORT;
            case "assess" -> ASSESS;
            case "program" -> PROGRAM;
            case "help" -> HELP;
            default -> null;
        };
    }
}
