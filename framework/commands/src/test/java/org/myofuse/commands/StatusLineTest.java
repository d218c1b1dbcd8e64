package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceState;

class StatusLineTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void elapsedShouldBeMinutesAndSecondsThenHours() {
        assertEquals("00:00", StatusLine.elapsed(0));
        assertEquals("00:03", StatusLine.elapsed(3 * SECOND + 999_999_999L));
        assertEquals("01:30", StatusLine.elapsed(90 * SECOND));
        assertEquals("59:59", StatusLine.elapsed(3599 * SECOND));
        assertEquals("1:00:00", StatusLine.elapsed(3600 * SECOND));
        assertEquals("12:03:04", StatusLine.elapsed((12 * 3600 + 3 * 60 + 4) * SECOND));
        assertEquals("00:00", StatusLine.elapsed(-5), "never negative");
    }

    @Test
    void shouldShowStreamingDevicesWithRateGapsAndDrops() {
        String line = StatusLine.status(3 * SECOND, List.of(
                new StatusLine.DeviceStatus("sim-iastm", DeviceState.STREAMING, "", 1000, 0, 0),
                new StatusLine.DeviceStatus("sim-emg", DeviceState.RECONNECTED, "link back", 2000, 1, 4),
                new StatusLine.DeviceStatus("sim-mat", DeviceState.STREAMING, "", 100, 0, 0)));
        assertEquals("00:03  sim-iastm 1000 S/s gaps 0 drops 0 | sim-emg 2000 S/s gaps 1 drops 4 | sim-mat 100 S/s gaps 0 drops 0",
                line);
    }

    @Test
    void shouldShowTheStateOfDevicesThatAreNotStreaming() {
        String line = StatusLine.status(61 * SECOND, List.of(
                new StatusLine.DeviceStatus("left", DeviceState.DISCONNECTED, "/dev/ttyUSB0 unplugged", 0, 0, 0),
                new StatusLine.DeviceStatus("sim-mat", DeviceState.CONNECTING, "", 0, 0, 0)));
        assertEquals("01:01  left DISCONNECTED (/dev/ttyUSB0 unplugged) | sim-mat CONNECTING", line);
    }

    @Test
    void longReasonsShouldBeCutInStatusLinesButNotInStateChanges() {
        String reason = "unknown setting 'bogus' for device type sim-emg (known: baselineNoiseUv, seed, strokeRateHz)";
        String line = StatusLine.status(SECOND, List.of(new StatusLine.DeviceStatus("bad", DeviceState.DISCONNECTED, reason,
                0, 0, 0)));
        assertEquals("00:01  bad DISCONNECTED (unknown setting 'bogus' for device type sim-emg (known: b...)", line);
        assertEquals("00:01  bad DISCONNECTED: " + reason, StatusLine.event(SECOND, "bad", DeviceState.DISCONNECTED, reason));
    }

    @Test
    void shouldSayWhenThereIsNothingToShow() {
        assertEquals("00:01  no devices", StatusLine.status(SECOND, List.of()));
    }

    @Test
    void stateChangesShouldBeTheirOwnLines() {
        assertEquals("00:04  sim-emg DISCONNECTED: serial port gone",
                StatusLine.event(4 * SECOND, "sim-emg", DeviceState.DISCONNECTED, "serial port gone"));
        assertEquals("00:00  sim-emg STREAMING", StatusLine.event(100, "sim-emg", DeviceState.STREAMING, ""));
    }

    @Test
    void theSummaryShouldGiveTotalsAndWhyTheStreamEnded() {
        assertEquals("sim-emg: 20000 samples, 0 gaps, 0 drops; stream ended: device removed", StatusLine.summary(
                new StatusLine.DeviceTotals("sim-emg", 20000, 0, 0, 0, "device removed")));
        assertEquals("left: 9 samples, 1 gap (3 samples missing), 1 drop", StatusLine.summary(
                new StatusLine.DeviceTotals("left", 9, 1, 3, 1, "")));
        assertEquals("x: 5 samples, 2 gaps (8 samples missing), 3 drops", StatusLine.summary(
                new StatusLine.DeviceTotals("x", 5, 2, 8, 3, "")));
    }

    @Test
    void rateShouldScaleToOneSecondAndRound() {
        assertEquals(2000, StatusLine.rate(2000, SECOND));
        assertEquals(1000, StatusLine.rate(1100, 1_100_000_000L));
        assertEquals(95, StatusLine.rate(100, 1_050_000_000L));
        assertEquals(0, StatusLine.rate(100, 0), "no interval, no rate");
    }
}
