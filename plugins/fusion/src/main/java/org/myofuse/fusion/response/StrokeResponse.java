package org.myofuse.fusion.response;

/**
 * Force dose and tissue response of one stroke, measured on the fused frames.
 *
 * @param number       0-based count of strokes seen on the fused timeline
 * @param startNanos   session time of the first frame in contact
 * @param endNanos     session time of the first frame after lift-off
 * @param peakNormalN  highest normal force in the frames, N
 * @param impulseNs    sum of normal force times frame period over the contact, N s
 * @param peakRise     highest EMG envelope rise above the pre-stroke baseline on the watched channels, in {@code riseUnit};
 *                     NaN when no watched channel had a baseline
 * @param riseUnit     %MVC when every watched channel is calibrated, uV when none is, "mixed" otherwise
 * @param guarded      a guarding event was raised for this stroke
 * @param guardingSource the watched channel that guarded ({@code device/channel}); "" when none did
 * @param guardingLatencyMs time from force onset to the start of the guarding rise, ms; NaN when none
 * @param peakShiftMm  largest centre-of-pressure distance from its pre-stroke position, mm; NaN without a mat
 * @param withdrawn    a withdrawal event was raised for this stroke
 */
public record StrokeResponse(int number, long startNanos, long endNanos, double peakNormalN, double impulseNs,
        double peakRise, String riseUnit, boolean guarded, String guardingSource, double guardingLatencyMs, double peakShiftMm, boolean withdrawn) {
}
