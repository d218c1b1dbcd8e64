package org.myofuse.commands;

import org.myofuse.api.device.DeviceManager;
import org.myofuse.launcher.spi.LaunchContext;

/** {@code myofuse devices}. */
final class DevicesListing implements CommandTask {

    private final LaunchContext launch;
    private final DeviceManager devices;

    DevicesListing(LaunchContext launch, DeviceManager devices) {
        this.launch = launch;
        this.devices = devices;
    }

    /** Bound on waiting for the devices configured in etc/ to show up. */
    private static final long ETC_WAIT_MILLIS = 2_000;

    private volatile boolean stopping;

    @Override
    public void stop() {
        stopping = true;
    }

    @Override
    public int run() {
        EtcDevices.await(devices, launch.etcDir(), ETC_WAIT_MILLIS, () -> stopping);
        launch.out().print(DevicesReport.render(devices.installedTypes(), devices.devices(), SerialPorts.system().list(),
                launch.etcDir()));
        launch.out().flush();
        return LaunchContext.EXIT_OK;
    }
}
