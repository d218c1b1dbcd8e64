package org.myofuse.iastm.driver;

import java.util.ServiceLoader;
import org.myofuse.api.serial.SerialTransport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceException;
import org.myofuse.testkit.DriverTestContext;
import org.myofuse.testkit.Configs;
import org.myofuse.runtime.stream.MonotonicSessionClock;

/** The driver's type, configuration checks and refusals that need no device. */
class IastmDriverTest {

    private final IastmDriver driver = new IastmDriver(ServiceLoader.load(SerialTransport.class).findFirst().orElseThrow());

    @Test
    void theTypeIdGivesTheDocumentedFactoryPid() {
        assertEquals("iastm-force", driver.type().id());
        assertEquals("org.myofuse.device.iastm_force", driver.type().factoryPid());
        assertEquals(IastmConfig.class, driver.configurationType());
    }

    /** The range is IastmConfig's declaration, which the host (and Configs) enforces. */
    @Test
    void anOutOfRangeReplyTimeoutIsRefusedWithOneLineNamingIt() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Configs.with(IastmConfig.class, Map.of("replyTimeoutMs", 50)));
        assertEquals("invalid value '50' for iastm-force setting 'replyTimeoutMs': expected an integer between 200 and 10000",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Configs.with(IastmConfig.class, Map.of("baudRate", 0)));
        assertEquals("invalid value '0' for iastm-force setting 'baudRate': expected an integer between 1 and 2147483647",
                e.getMessage());
    }

    @Test
    void aMissingPortIsAClearError() {
        var ctx = new DriverTestContext<>("org.myofuse.device.iastm_force~test", null, new MonotonicSessionClock(), "", Configs.with(IastmConfig.class, Map.of()));
        var e = assertThrows(DeviceException.class, () -> driver.connect(ctx));
        assertEquals("org.myofuse.device.iastm_force~test: no serial port configured (give iastm-force@PORT)",
                e.getMessage());
    }

    @Test
    void aPortThatDoesNotExistIsAClearError() {
        var ctx = new DriverTestContext<>("org.myofuse.device.iastm_force~test", null, new MonotonicSessionClock(), "/dev/iastm-nowhere",
                Configs.with(IastmConfig.class, Map.of()));
        var e = assertThrows(DeviceException.class, () -> driver.connect(ctx));
        assertEquals(true, e.getMessage().startsWith("/dev/iastm-nowhere"), e.getMessage());
    }
}
