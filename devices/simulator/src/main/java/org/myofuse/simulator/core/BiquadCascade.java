package org.myofuse.simulator.core;

import java.util.Arrays;

/**
 * A cascade of second-order IIR sections (transposed direct form II) run independently on several
 * channels. Coefficients are computed once; filtering allocates nothing.
 *
 * <p>Designs are Butterworth by the bilinear transform, pre-warped at the corner frequency: an even
 * order {@code n} is {@code n / 2} sections with the Butterworth pole Q values.
 *
 * <p>Not thread-safe: one writer.
 */
public final class BiquadCascade {

    /** Per section: b0, b1, b2, a1, a2 (a0 normalised to 1). */
    private final double[] coefficients;
    private final int sections;
    private final int channels;
    /** Per channel and section: the two delay registers. */
    private final double[] state;

    private BiquadCascade(double[] coefficients, int channels) {
        this.coefficients = coefficients;
        this.sections = coefficients.length / 5;
        this.channels = channels;
        this.state = new double[channels * sections * 2];
    }

    /**
     * A Butterworth band-pass made of a high-pass and a low-pass of the given even order each.
     *
     * @throws IllegalArgumentException if the corners are not {@code 0 < low < high < rate / 2}
     */
    public static BiquadCascade butterworthBandPass(double lowHz, double highHz, int order, double sampleRateHz,
            int channels) {
        if (!(lowHz > 0 && lowHz < highHz && highHz < sampleRateHz / 2)) {
            throw new IllegalArgumentException("band-pass " + lowHz + "-" + highHz + " Hz must lie inside 0-"
                    + sampleRateHz / 2 + " Hz");
        }
        if (order < 2 || order % 2 != 0) {
            throw new IllegalArgumentException("filter order must be even and at least 2, was " + order);
        }
        int half = order / 2;
        double[] c = new double[2 * half * 5];
        for (int k = 0; k < half; k++) {
            double q = butterworthQ(order, k);
            section(c, k, highPass(lowHz, q, sampleRateHz));
            section(c, half + k, lowPass(highHz, q, sampleRateHz));
        }
        return new BiquadCascade(c, channels);
    }

    /** Q of the k-th pole pair of an order-n Butterworth filter. */
    private static double butterworthQ(int order, int k) {
        return 1 / (2 * Math.cos(Math.PI * (2 * k + 1) / (2.0 * order)));
    }

    private static double[] lowPass(double cornerHz, double q, double rateHz) {
        double w = 2 * Math.PI * cornerHz / rateHz;
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * q);
        double b = (1 - cos) / 2;
        return normalise(b, 1 - cos, b, 1 + alpha, -2 * cos, 1 - alpha);
    }

    private static double[] highPass(double cornerHz, double q, double rateHz) {
        double w = 2 * Math.PI * cornerHz / rateHz;
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * q);
        double b = (1 + cos) / 2;
        return normalise(b, -(1 + cos), b, 1 + alpha, -2 * cos, 1 - alpha);
    }

    private static double[] normalise(double b0, double b1, double b2, double a0, double a1, double a2) {
        return new double[] {b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0};
    }

    private static void section(double[] target, int index, double[] values) {
        System.arraycopy(values, 0, target, index * 5, 5);
    }

    /** Number of channels filtered independently. */
    public int channels() {
        return channels;
    }

    /** Feeds one input value of one channel through every section and returns the output. */
    public double filter(int channel, double input) {
        double x = input;
        int s = channel * sections * 2;
        for (int k = 0; k < sections; k++, s += 2) {
            int c = k * 5;
            double y = coefficients[c] * x + state[s];
            state[s] = coefficients[c + 1] * x - coefficients[c + 3] * y + state[s + 1];
            state[s + 1] = coefficients[c + 2] * x - coefficients[c + 4] * y;
            x = y;
        }
        return x;
    }

    /** Clears every delay register, as if no input had been seen. */
    public void reset() {
        Arrays.fill(state, 0);
    }

    /**
     * Output power for unit-variance white input: the sum of the squared impulse response. Uses and
     * then clears channel 0's state; call before filtering.
     *
     * @param samples length of the impulse response to sum; long enough for it to have decayed
     */
    public double whiteNoisePowerGain(int samples) {
        reset();
        double sum = 0;
        for (int n = 0; n < samples; n++) {
            double y = filter(0, n == 0 ? 1 : 0);
            sum += y * y;
        }
        reset();
        return sum;
    }
}
