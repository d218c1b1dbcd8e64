package org.myofuse.fusion.dsp;

/**
 * Expresses an EMG envelope as a percentage of the maximum voluntary contraction measured in a
 * calibration, so channels and sessions compare. Without a calibration the envelope stays in
 * microvolts RMS and {@link #calibrated()} says so.
 */
public final class MvcNormaliser {

    private final double mvcUv;

    /** @param mvcUv the channel's MVC envelope in uV RMS (same RMS window as the envelope); 0 or less means none */
    public MvcNormaliser(double mvcUv) {
        if (Double.isNaN(mvcUv) || Double.isInfinite(mvcUv)) {
            throw new IllegalArgumentException("MVC calibration must be a finite value in uV, was " + mvcUv);
        }
        this.mvcUv = mvcUv;
    }

    public boolean calibrated() {
        return mvcUv > 0;
    }

    public double mvcUv() {
        return mvcUv;
    }

    /** The envelope in %MVC when calibrated, else unchanged (uV). */
    public double normalise(double envelopeUv) {
        return mvcUv > 0 ? 100 * envelopeUv / mvcUv : envelopeUv;
    }

    /** Unit of {@link #normalise} results. */
    public String unit() {
        return mvcUv > 0 ? "%MVC" : "uV";
    }
}
