package org.myofuse.commands.cli;

import java.util.Optional;

import org.myofuse.commands.request.DevicesCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code myofuse devices}. */
@Command(name = Devices.NAME,
        header = "list installed device types, configured devices and serial ports",
        customSynopsis = "myofuse devices [--settings TYPE]",
        description = {
                "Lists the installed device types (id, bundle, version, transport), the configured",
                "devices (id, name, type, port, state) and the serial ports present, then exits.",
                "With --settings, prints the settings of one installed device type instead: name, type,",
                "default, allowed values and description of each, as a device spec (TYPE?key=value) or a",
                ".cfg file in etc/ sets them." })
final class Devices implements CliCommand {

    static final String NAME = "devices";

    private String settings;

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Option(names = "--settings", paramLabel = "TYPE", order = 1,
            description = "print the settings of this installed device type, e.g. sim-emg")
    void settings(String type) throws UsageException {
        settings = Values.once(settings, "--settings", Values.text("--settings", type, NAME), NAME);
    }

    @Override
    public Invocation invocation(Globals globals) {
        return globals.launch(new DevicesCommand(Optional.ofNullable(settings)));
    }
}
