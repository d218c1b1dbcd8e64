package org.myofuse.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.host.CommandInvocation;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.commands.request.DevicesCommand;

/** {@code myofuse devices [--settings TYPE]}. */
final class DevicesListing implements CommandTask {

    /** Bound on waiting for the devices configured in etc/ to show up. */
    private static final long ETC_WAIT_MILLIS = 2_000;

    private final DevicesCommand command;
    private final PrintStream out;
    private final Path etcDir;
    private final DeviceManager devices;
    private final Supplier<SerialTransport> serial;
    private volatile boolean stopping;

    /** {@code serial}: the serial transport, or null when it is not installed. */
    DevicesListing(DevicesCommand command, PrintStream out, Path etcDir, DeviceManager devices,
            Supplier<SerialTransport> serial) {
        this.command = command;
        this.out = out;
        this.etcDir = etcDir;
        this.devices = devices;
        this.serial = serial;
    }

    @Override
    public void stop() {
        stopping = true;
    }

    @Override
    public int run() throws CommandFailure {
        if (command.settingsType().isPresent()) {
            return settings(command.settingsType().get());
        }
        EtcDevices.await(devices, etcDir, ETC_WAIT_MILLIS, () -> stopping);
        out.print(DevicesReport.render(devices.installedTypes(), devices.devices(), SerialPorts.of(serial.get()), etcDir));
        out.flush();
        return CommandInvocation.EXIT_OK;
    }

    /** Like {@code run --device nope}, a type that is not installed is a failure (exit 1), not bad usage. */
    private int settings(String typeId) throws CommandFailure {
        List<SettingDescription> settings;
        try {
            settings = devices.settings(typeId);
        } catch (DeviceException e) {
            throw new CommandFailure(e.getMessage());
        }
        out.print(SettingsText.render(typeId, settings));
        out.flush();
        return CommandInvocation.EXIT_OK;
    }
}
