package org.myofuse.fusion;

/** Where the engine reports a calibration it applied (the session's journal in a live run). Engine thread. */
@FunctionalInterface
interface CalibrationSink {

    /**
     * @param sessionNanos the first frame it applies to
     * @param source       {@code <device>/<channel>} for an MVC, the device for a tare
     * @param value        the MVC in uV; NaN for a tare
     * @param unit         {@code uV} or ""
     * @param detail       one line
     */
    void calibrated(long sessionNanos, String source, double value, String unit, String detail);
}
