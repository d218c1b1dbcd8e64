package org.myofuse.fusion.dsp;

import java.util.ArrayList;
import java.util.List;

/**
 * Bilateral asymmetry of a left/right pair of muscles: {@code AI = 100 (R - L) / (R + L)} in percent,
 * from -100 (all left) to +100 (all right), 0 when symmetric; NaN when both are zero.
 */
public final class AsymmetryIndex {

    private AsymmetryIndex() {
    }

    public static double of(double left, double right) {
        double sum = left + right;
        return sum > 0 ? 100 * (right - left) / sum : Double.NaN;
    }

    /** A left/right pair of channel indices and the muscle name they share. */
    public record Pair(String muscle, int left, int right) {
    }

    /**
     * Finds the pairs among channel names of the form {@code L_name} / {@code R_name} (also
     * {@code left_}/{@code right_}, case-insensitive), in the order of the left channels.
     */
    public static List<Pair> pairs(List<String> channelNames) {
        List<Pair> pairs = new ArrayList<>();
        for (int l = 0; l < channelNames.size(); l++) {
            String muscle = strip(channelNames.get(l), "l_", "left_");
            if (muscle == null) {
                continue;
            }
            for (int r = 0; r < channelNames.size(); r++) {
                String other = strip(channelNames.get(r), "r_", "right_");
                if (other != null && other.equalsIgnoreCase(muscle)) {
                    pairs.add(new Pair(muscle, l, r));
                    break;
                }
            }
        }
        return pairs;
    }

    private static String strip(String name, String shortPrefix, String longPrefix) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith(longPrefix)) {
            return name.substring(longPrefix.length());
        }
        if (lower.startsWith(shortPrefix)) {
            return name.substring(shortPrefix.length());
        }
        return null;
    }
}
