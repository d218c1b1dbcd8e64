package org.myofuse.formats.edf;

import org.myofuse.api.device.ChannelDescriptor;

/**
 * Physical-to-digital mapping of one channel: the physical range is the channel's range written in
 * 8 characters (rounded outwards), mapped linearly onto the flavour's whole digital range.
 */
record SignalScale(ChannelDescriptor channel, String physicalMinField, String physicalMaxField, double physicalMin,
        double gain, int digitalMin, int digitalMax) {

    static SignalScale of(ChannelDescriptor c, EdfFlavor flavor) {
        String min = EdfNumbers.fit(c.min(), false);
        String max = EdfNumbers.fit(c.max(), true);
        double pmin = Double.parseDouble(min);
        double pmax = Double.parseDouble(max);
        double gain = ((double) flavor.digitalMax() - flavor.digitalMin()) / (pmax - pmin);
        return new SignalScale(c, min, max, pmin, gain, flavor.digitalMin(), flavor.digitalMax());
    }

    /** The digital value for a physical value, clamped to the digital range; NaN gives the minimum. */
    int digital(float value) {
        double d = (value - physicalMin) * gain + digitalMin;
        if (!(d >= digitalMin)) {
            return digitalMin;
        }
        if (d >= digitalMax) {
            return digitalMax;
        }
        return (int) Math.round(d);
    }
}
