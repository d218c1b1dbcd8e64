package org.myofuse.console.ui;

import java.util.Arrays;

import org.myofuse.console.feed.FrameRing;

/**
 * Where each EMG channel of the fused frames goes on screen: left-side muscles ({@code L_...},
 * {@code left...}) in the left column, right-side ones in the right column, each beside its partner
 * (same muscle, other side) so that the two read across; a channel without a side fills the shorter
 * column. Worked out again only when the channels change (an amplifier comes or goes), which the
 * fusion signals by handing out other name instances. UI thread.
 */
final class EmgLayout {

    private final String[] seen = new String[FrameRing.MAX_EMG];
    private final int[] column = new int[FrameRing.MAX_EMG];
    private final int[] row = new int[FrameRing.MAX_EMG];
    private final int[] partner = new int[FrameRing.MAX_EMG];
    /** Per channel, made when the channels change rather than every frame: what the strip and the symmetry show. */
    private final String[] labels = new String[FrameRing.MAX_EMG];
    private final String[] pairNames = new String[FrameRing.MAX_EMG];
    private final String[] targetKeys = new String[FrameRing.MAX_EMG];
    private int channels;
    private int rows;

    /** Updates the layout to the ring's current channel names; cheap when nothing changed. */
    void update(FrameRing ring, int count) {
        boolean same = count == channels;
        for (int c = 0; same && c < count; c++) {
            same = seen[c] == ring.emgSource(c);
        }
        if (same) {
            return;
        }
        channels = count;
        for (int c = 0; c < count; c++) {
            seen[c] = ring.emgSource(c);
            labels[c] = label(seen[c]);
            pairNames[c] = muscle(seen[c]).replace('_', ' ');
            targetKeys[c] = "emg:" + seen[c];
        }
        arrange();
    }

    private void arrange() {
        Arrays.fill(partner, -1);
        int[] filled = new int[2];
        boolean[] placed = new boolean[channels];
        for (int c = 0; c < channels; c++) {
            if (placed[c] || side(seen[c]) == 0) {
                continue;
            }
            int p = findPartner(c);
            int leftCh = side(seen[c]) < 0 ? c : p;
            int rightCh = side(seen[c]) < 0 ? p : c;
            int r = Math.max(filled[0], filled[1]);
            place(leftCh, 0, r, placed);
            place(rightCh, 1, r, placed);
            if (leftCh >= 0 && rightCh >= 0) {
                partner[leftCh] = rightCh;
                partner[rightCh] = leftCh;
            }
            filled[0] = r + 1;
            filled[1] = r + 1;
        }
        for (int c = 0; c < channels; c++) {
            if (!placed[c]) {
                int col = filled[0] <= filled[1] ? 0 : 1;
                place(c, col, filled[col]++, placed);
            }
        }
        rows = Math.max(filled[0], filled[1]);
    }

    private void place(int channel, int col, int r, boolean[] placed) {
        if (channel < 0) {
            return;
        }
        column[channel] = col;
        row[channel] = r;
        placed[channel] = true;
    }

    private int findPartner(int c) {
        String base = muscle(seen[c]);
        int mySide = side(seen[c]);
        for (int o = 0; o < channels; o++) {
            if (o != c && side(seen[o]) == -mySide && muscle(seen[o]).equals(base)
                    && device(seen[o]).equals(device(seen[c]))) {
                return o;
            }
        }
        return -1;
    }

    /** -1 for a left-side muscle, 1 for a right-side one, 0 when the name does not say. */
    static int side(String source) {
        String m = channelName(source).toLowerCase(java.util.Locale.ROOT);
        if (m.startsWith("l_") || m.startsWith("left")) {
            return -1;
        }
        if (m.startsWith("r_") || m.startsWith("right")) {
            return 1;
        }
        return 0;
    }

    /** The muscle without its side: {@code multifidus} for {@code dev/L_multifidus}. */
    static String muscle(String source) {
        String m = channelName(source);
        String lower = m.toLowerCase(java.util.Locale.ROOT);
        for (String prefix : new String[] { "l_", "r_", "left_", "right_", "left", "right" }) {
            if (lower.startsWith(prefix)) {
                return m.substring(prefix.length());
            }
        }
        return m;
    }

    /** What people read: the muscle with its side, underscores as spaces ({@code L multifidus}). */
    static String label(String source) {
        return channelName(source).replace('_', ' ');
    }

    static String channelName(String source) {
        return source.substring(source.indexOf('/') + 1);
    }

    static String device(String source) {
        int slash = source.indexOf('/');
        return slash < 0 ? "" : source.substring(0, slash);
    }

    int channels() {
        return channels;
    }

    int rows() {
        return rows;
    }

    int column(int channel) {
        return column[channel];
    }

    int row(int channel) {
        return row[channel];
    }

    /** The channel's name as the strip shows it ({@link #label}). */
    String label(int channel) {
        return labels[channel];
    }

    /** The channel's muscle without its side, underscores as spaces (the symmetry bars' name). */
    String pairName(int channel) {
        return pairNames[channel];
    }

    /** The metric a protocol step's target names for this channel ({@code emg:<device>/<channel>}). */
    String targetKey(int channel) {
        return targetKeys[channel];
    }

    /** The same muscle on the other side, -1 if none. */
    int partner(int channel) {
        return partner[channel];
    }
}
