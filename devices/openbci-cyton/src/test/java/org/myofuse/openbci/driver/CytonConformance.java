package org.myofuse.openbci.driver;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.openbci.protocol.CytonFirmware;
import org.myofuse.openbci.sim.CytonSimulator;
import org.myofuse.testkit.SerialDriverConformance;

/**
 * The real Cyton driver against the conformance kit, talking over a pty to a simulated board of one
 * firmware generation, with or without a Daisy module; one subclass per combination.
 */
abstract class CytonConformance extends SerialDriverConformance {

    private final CytonFirmware firmware;
    private final boolean daisyModule;
    private final boolean daisyConfigured;

    /**
     * @param firmware        the board's firmware generation
     * @param daisyModule     the board has a Daisy module
     * @param daisyConfigured the driver is configured with daisy=true (16 channels)
     */
    CytonConformance(CytonFirmware firmware, boolean daisyModule, boolean daisyConfigured) {
        this.firmware = firmware;
        this.daisyModule = daisyModule;
        this.daisyConfigured = daisyConfigured;
    }

    @Override
    protected DeviceDriver<?> driver(SerialTransport transport) {
        return new CytonDriver(transport);
    }

    @Override
    protected String typeId() {
        return CytonDriver.TYPE_ID;
    }

    @Override
    protected String settings() {
        return daisyConfigured ? "daisy=true" : "";
    }

    @Override
    protected AutoCloseable serve(SerialTransport transport, String devicePath, SessionClock clock) throws Exception {
        var settings = CytonSimulator.Settings.clean(31).withFirmware(firmware).withDaisy(daisyModule);
        return CytonSimulator.serve(settings, transport, devicePath, clock);
    }
}
