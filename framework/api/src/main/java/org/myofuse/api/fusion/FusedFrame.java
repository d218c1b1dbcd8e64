package org.myofuse.api.fusion;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One frame of the fused stream (default 100 Hz): what is applied to the tissue and how it responds,
 * on the session timeline. A reused slot: valid only during {@link FusionListener#onFrame}. Values
 * that no connected device provides are {@code NaN}.
 */
@ProviderType
public interface FusedFrame {

    /** Session time of this frame in nanoseconds. */
    long sessionNanos();

    /** Normal force on the tool edge, N (tared). */
    double normalForceN();

    /** Shear force magnitude in the skin plane, N. */
    double shearForceN();

    /** Number of EMG channels in this frame. */
    int emgChannels();

    /** EMG envelope of one channel in %MVC, or in microvolts RMS when not calibrated (see {@link #emgUnit}). */
    double emgEnvelope(int channel);

    /**
     * Which muscle channel {@code channel} is: {@code <configured device name>/<channel name>}, e.g.
     * {@code sim-emg-1/L_multifidus}; "" for a slot no amplifier holds in this frame. The same String
     * instance for as long as the amplifier's stream stays in the frames (no allocation per frame).
     */
    String emgSource(int channel);

    /** The unit of {@link #emgEnvelope}: {@code %MVC} once the channel is calibrated, else {@code uV}. */
    String emgUnit(int channel);

    /** Centre of pressure on the mat, medio-lateral, mm from the mat centre (positive = patient's right). */
    double copXmm();

    /** Centre of pressure on the mat, antero-posterior, mm from the mat centre (positive = anterior). */
    double copYmm();
}
