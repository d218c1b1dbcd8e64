package org.myofuse.commands.cli;

import org.myofuse.commands.request.BootCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code myofuse boot}. */
@Command(name = "boot",
        header = "start up until ready, print the boot time and exit (diagnostics)",
        customSynopsis = "myofuse boot",
        description = {
                "Starts up until ready (every bundle active and every installed device driver registered",
                "with the device manager), prints the time it took and exits. For benchmarking, e.g.",
                "hyperfine 'myofuse boot'." })
final class Boot implements CliCommand {

    @Mixin
    private GlobalOptions globalOptions;

    @Mixin
    private HelpOption helpOption;

    @Override
    public Invocation invocation(Globals globals) {
        return globals.launch(new BootCommand());
    }
}
