package org.myofuse.fusion.dsp;

/**
 * One biquad section applied to several channels that share its coefficients, in transposed direct
 * form II (two state values per channel, good numerical behaviour in double precision). State is
 * kept per channel in flat arrays so a frame of all channels is one tight loop the JIT can vectorise.
 * Allocation-free after construction. Not thread-safe.
 */
public final class BiquadBank {

    private final double b0;
    private final double b1;
    private final double b2;
    private final double a1;
    private final double a2;
    private final double[] z1;
    private final double[] z2;

    public BiquadBank(BiquadCoefficients c, int channels) {
        this.b0 = c.b0();
        this.b1 = c.b1();
        this.b2 = c.b2();
        this.a1 = c.a1();
        this.a2 = c.a2();
        this.z1 = new double[channels];
        this.z2 = new double[channels];
    }

    public int channels() {
        return z1.length;
    }

    /** Filters one sample of one channel. */
    public double step(int channel, double x) {
        double y = b0 * x + z1[channel];
        z1[channel] = b1 * x - a1 * y + z2[channel];
        z2[channel] = b2 * x - a2 * y;
        return y;
    }

    /** Filters one frame in place: {@code frame[0 .. channels-1]}, one value per channel. */
    public void stepFrame(double[] frame) {
        double[] s1 = z1;
        double[] s2 = z2;
        for (int c = 0; c < s1.length; c++) {
            double x = frame[c];
            double y = b0 * x + s1[c];
            s1[c] = b1 * x - a1 * y + s2[c];
            s2[c] = b2 * x - a2 * y;
            frame[c] = y;
        }
    }

    /** Forgets the past (as after a gap: the filter restarts rather than ringing across missing data). */
    public void reset() {
        java.util.Arrays.fill(z1, 0);
        java.util.Arrays.fill(z2, 0);
    }
}
