package org.myofuse.fusion.dsp;

import java.util.Random;

/**
 * Synthetic surface EMG with known bursts: Gaussian noise band-limited to 20-450 Hz at a resting level,
 * multiplied up to a burst level between known onset and offset samples (a step, so onset is exact).
 */
public final class SyntheticEmg {

    public final double[] samples;
    public final long[] onsets;
    public final long[] offsets;

    public SyntheticEmg(long seed, double rate, double seconds, double restUv, double burstUv, int bursts) {
        Random random = new Random(seed);
        int n = (int) (rate * seconds);
        samples = new double[n];
        onsets = new long[bursts];
        offsets = new long[bursts];
        double slot = (seconds - 2) / bursts;
        for (int b = 0; b < bursts; b++) {
            double start = 2 + b * slot + random.nextDouble() * 0.3 * slot;
            double length = 0.3 + random.nextDouble() * 0.3 * slot;
            onsets[b] = Math.round(start * rate);
            offsets[b] = Math.round((start + length) * rate);
        }
        var band = EmgFilterPlan.of(rate, 20, 450, 4, 50, 0, 2).sections();
        BiquadBank[] filters = band.stream().map(c -> new BiquadBank(c, 1)).toArray(BiquadBank[]::new);
        // the 20-450 Hz band keeps about 43 % of white noise power at 2 kHz; scale to unit RMS
        double unit = 1 / Math.sqrt(0.43);
        int burst = 0;
        for (int i = 0; i < n; i++) {
            double x = random.nextGaussian();
            for (BiquadBank f : filters) {
                x = f.step(0, x);
            }
            while (burst < bursts && i >= offsets[burst]) {
                burst++;
            }
            boolean on = burst < bursts && i >= onsets[burst];
            samples[i] = x * unit * (on ? burstUv : restUv);
        }
    }
}
