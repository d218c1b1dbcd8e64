package org.myofuse.line.driver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.line.protocol.LineSyntax;

/**
 * The checked channels and timing of one configured line device.
 *
 * @param syntax     how lines are written
 * @param units      unit of each channel after scaling
 * @param scale      units per raw unit, per channel
 * @param offset     raw value of zero units, per channel
 * @param minimum    lowest plausible value in units, per channel
 * @param maximum    highest plausible value in units, per channel
 * @param rateHz     nominal lines per second
 * @param gapPeriods silence, in sample periods, after which missing samples are inferred
 */
public record LineLayout(LineSyntax syntax, List<String> units, double[] scale, double[] offset, double[] minimum,
        double[] maximum, double rateHz, int gapPeriods) {

    /**
     * Builds the layout of a configuration and checks what no single setting's declaration can say:
     * channel names (present, distinct), per-channel lists (one value or one per channel), minimum below
     * maximum, a scale that is not zero. The host has already held each setting to the range
     * {@link LineDeviceConfig} declares.
     *
     * @throws IllegalArgumentException with one line naming the setting
     */
    public static LineLayout of(LineDeviceConfig c) {
        String[] names = c.channelNames();
        int n = names.length;
        if (n == 0) {
            throw new IllegalArgumentException("channelNames: at least one channel is needed");
        }
        var seen = new HashSet<String>();
        for (String name : names) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("channelNames: a channel name is empty");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("channelNames: '" + name + "' given twice");
            }
        }
        LineSyntax syntax = new LineSyntax(c.format(), c.separator(), List.of(names), c.prefix().strip(),
                c.maxLineLength(), c.trailingText());
        double[] scale = perChannel("scale", c.scale(), n);
        for (double s : scale) {
            if (s == 0 || !Double.isFinite(s)) {
                throw new IllegalArgumentException("scale " + s + ": must be finite and not zero");
            }
        }
        double[] min = perChannel("minimum", c.minimum(), n);
        double[] max = perChannel("maximum", c.maximum(), n);
        for (int i = 0; i < n; i++) {
            if (!(max[i] > min[i])) {
                throw new IllegalArgumentException("maximum " + max[i] + " of channel " + names[i] + ": must exceed minimum "
                        + min[i]);
            }
        }
        return new LineLayout(syntax, units(c.units(), n), scale, perChannel("offset", c.offset(), n), min, max,
                c.rateHz(), c.gapPeriods());
    }

    private static double[] perChannel(String setting, double[] given, int n) {
        if (given.length != 1 && given.length != n) {
            throw new IllegalArgumentException(setting + ": " + given.length + " values given; give one, or one per channel ("
                    + n + ")");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = given.length == 1 ? given[0] : given[i];
            if (!Double.isFinite(out[i])) {
                throw new IllegalArgumentException(setting + " " + out[i] + ": must be finite");
            }
        }
        return out;
    }

    private static List<String> units(String[] given, int n) {
        if (given.length != 1 && given.length != n) {
            throw new IllegalArgumentException("units: " + given.length + " given; give one, or one per channel (" + n + ")");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String u = given.length == 1 ? given[0] : given[i];
            if (u.isBlank()) {
                throw new IllegalArgumentException("units: a unit is empty (use 1 for a plain number)");
            }
            out.add(u);
        }
        return out;
    }

    /** Channels per frame. */
    public int channels() {
        return syntax.fields();
    }

    /** Nominal time between lines. */
    public long periodNanos() {
        return Math.round(1e9 / rateHz);
    }

    /** The channel descriptors in line order; resolution is one raw unit after scaling. */
    public List<ChannelDescriptor> descriptors() {
        List<ChannelDescriptor> list = new ArrayList<>();
        for (int ch = 0; ch < channels(); ch++) {
            list.add(new ChannelDescriptor(syntax.keys().get(ch), units.get(ch), rateHz, "", minimum[ch], maximum[ch],
                    Math.abs(scale[ch])));
        }
        return list;
    }
}
