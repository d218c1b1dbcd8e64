package org.myofuse.simulator.testing;

import org.myofuse.simulator.core.FrameSignal;

/** Signal measurements for tests: whole recordings, RMS, and spectral power by direct DFT. */
public final class Signals {

    private Signals() {
    }

    /** Generates {@code frames} frames from index {@code first} in blocks of {@code block} frames. */
    public static float[] record(FrameSignal signal, long first, int frames, int block) {
        float[] all = new float[frames * signal.channels()];
        float[] buffer = new float[block * signal.channels()];
        for (int done = 0; done < frames; done += block) {
            int n = Math.min(block, frames - done);
            signal.fill(buffer, first + done, n);
            System.arraycopy(buffer, 0, all, done * signal.channels(), n * signal.channels());
        }
        return all;
    }

    /** One channel of a frame-major recording. */
    public static double[] channel(float[] frames, int channels, int channel) {
        double[] out = new double[frames.length / channels];
        for (int f = 0; f < out.length; f++) {
            out[f] = frames[f * channels + channel];
        }
        return out;
    }

    public static double mean(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / (to - from);
    }

    public static double rms(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i] * x[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    public static double rms(double[] x) {
        return rms(x, 0, x.length);
    }

    /**
     * Power spectrum of {@code x} (mean removed, Hann window) at bins {@code k * rate / n}: entry k
     * is the power of bin k, for k up to n / 2.
     */
    public static double[] powerSpectrum(double[] x, double rateHz) {
        int n = x.length;
        double mean = mean(x, 0, n);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = (x[i] - mean) * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / n));
        }
        double[] power = new double[n / 2 + 1];
        for (int k = 0; k <= n / 2; k++) {
            double re = 0;
            double im = 0;
            // rotate by recurrence: exact enough for n of a few thousand
            double c = Math.cos(2 * Math.PI * k / n);
            double s = Math.sin(2 * Math.PI * k / n);
            double cr = 1;
            double ci = 0;
            for (int i = 0; i < n; i++) {
                re += w[i] * cr;
                im -= w[i] * ci;
                double nr = cr * c - ci * s;
                ci = cr * s + ci * c;
                cr = nr;
            }
            power[k] = re * re + im * im;
        }
        return power;
    }

    /** Sum of spectrum bins whose frequency lies in [lo, hi) Hz. */
    public static double bandPower(double[] spectrum, int n, double rateHz, double lo, double hi) {
        double sum = 0;
        for (int k = 0; k < spectrum.length; k++) {
            double f = k * rateHz / n;
            if (f >= lo && f < hi) {
                sum += spectrum[k];
            }
        }
        return sum;
    }
}
