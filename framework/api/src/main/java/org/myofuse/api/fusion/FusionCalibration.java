package org.myofuse.api.fusion;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Calibrates the live fusion of the session being recorded, as a protocol's calibration step measures
 * it. Provided by the fusion bundle. A calibration applies from the next fused frame to the end of the
 * session (the next session starts uncalibrated, unless the fusion's configuration sets MVC values) and
 * is written into the session's record.
 *
 * <p>Thread-safe and non-blocking: any thread may call it; the fusion applies it on its own thread
 * between two blocks.
 */
@ProviderType
public interface FusionCalibration {

    /**
     * Sets a muscle's maximum voluntary contraction, so that its envelope is reported in %MVC.
     *
     * @param emgSource {@code <device>/<channel>} as {@link FusedFrame#emgSource} names it
     * @param mvcUv     the MVC as RMS envelope, microvolts; positive
     * @return false when no such channel is in the fusion now
     */
    boolean setMvc(String emgSource, double mvcUv);

    /**
     * Takes the force tool's current reading as zero (the tool held off the skin).
     *
     * @param device the force tool's configured name
     * @return false when no such tool is in the fusion now
     */
    boolean tare(String device);
}
