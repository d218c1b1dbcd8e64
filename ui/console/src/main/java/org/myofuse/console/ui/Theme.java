package org.myofuse.console.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.protocol.Severity;

/**
 * The console's colours and fonts, allocated once per window and disposed with it. Colours follow the
 * Okabe-Ito palette (distinguishable with the common colour-vision deficiencies) on a dark background,
 * as patient monitors do: normal force sky blue, shear orange, target bands bluish green, limits and
 * alarms vermillion, EMG onsets yellow, left sky blue and right orange. Meaning never rests on colour
 * alone: states and severities are also written out.
 *
 * <p>UI thread only.
 */
public final class Theme implements AutoCloseable {

    // Okabe & Ito (2008), "Color Universal Design".
    static final RGB ORANGE = new RGB(230, 159, 0);
    static final RGB SKY_BLUE = new RGB(86, 180, 233);
    static final RGB BLUISH_GREEN = new RGB(0, 158, 115);
    static final RGB YELLOW = new RGB(240, 228, 66);
    static final RGB BLUE = new RGB(0, 114, 178);
    static final RGB VERMILLION = new RGB(213, 94, 0);
    static final RGB REDDISH_PURPLE = new RGB(204, 121, 167);

    public final Color background;
    public final Color panel;
    public final Color panelEdge;
    public final Color grid;
    /**
     * Chart grid lines: solid, darker than {@link #grid}. (Dotted lines looked the same on screen but a
     * dash pattern made cairo stroke each dot on its own: 100 dotted lines cost 2 to 3 ms a frame.)
     */
    public final Color gridLine;
    public final Color text;
    public final Color muted;
    public final Color black;
    public final Color white;
    public final Color normal;
    public final Color shear;
    public final Color band;
    public final Color limit;
    public final Color onset;
    public final Color left;
    public final Color right;
    public final Color cop;
    public final Color blue;
    public final Color purple;

    public final Font small;
    public final Font label;
    public final Font title;
    public final Font value;
    public final Font big;
    public final Font banner;

    /** The heat map's colours, low to high pressure. */
    public final Color[] heat;

    /** Extents of the labels drawn every frame, per font (Pango lays a text out to measure it: 20 to 50 us). */
    private final Map<Font, Map<String, Point>> extents = new HashMap<>();
    private final String[] secondsAgo = new String[61];

    public Theme(Display display) {
        background = new Color(21, 25, 30);
        panel = new Color(30, 36, 43);
        panelEdge = new Color(52, 61, 71);
        grid = new Color(58, 67, 77);
        gridLine = new Color(42, 49, 57);
        text = new Color(232, 237, 242);
        muted = new Color(150, 161, 173);
        black = new Color(0, 0, 0);
        white = new Color(255, 255, 255);
        normal = new Color(SKY_BLUE);
        shear = new Color(ORANGE);
        band = new Color(BLUISH_GREEN);
        limit = new Color(VERMILLION);
        onset = new Color(YELLOW);
        left = new Color(SKY_BLUE);
        right = new Color(ORANGE);
        cop = new Color(255, 255, 255);
        blue = new Color(BLUE);
        purple = new Color(REDDISH_PURPLE);
        FontData base = display.getSystemFont().getFontData()[0];
        small = font(display, base, 9, SWT.NORMAL);
        label = font(display, base, 11, SWT.NORMAL);
        title = font(display, base, 11, SWT.BOLD);
        value = font(display, base, 20, SWT.BOLD);
        big = font(display, base, 30, SWT.BOLD);
        banner = font(display, base, 22, SWT.BOLD);
        heat = HeatScale.colours(64);
    }

    private static Font font(Display display, FontData base, int points, int style) {
        return new Font(display, base.getName(), points, style);
    }

    /**
     * The extent of {@code s} in the GC's current font, measured once: for labels that recur (titles,
     * units, axis labels), not for values that change every frame.
     */
    Point extent(GC gc, String s) {
        Map<String, Point> known = extents.computeIfAbsent(gc.getFont(), f -> new HashMap<>());
        Point p = known.get(s);
        if (p == null) {
            if (known.size() >= 256) {
                known.clear(); // labels that did not recur after all: start over rather than grow
            }
            p = gc.textExtent(s);
            known.put(s, p);
        }
        return p;
    }

    /** The time axis label {@code s} seconds before now ("now", "-2 s"), made once. */
    String secondsAgo(int s) {
        if (s < 0 || s >= secondsAgo.length) {
            return "-" + s + " s";
        }
        if (secondsAgo[s] == null) {
            secondsAgo[s] = s == 0 ? "now" : "-" + s + " s";
        }
        return secondsAgo[s];
    }

    /** The colour of a cue's severity. */
    public Color severity(Severity s) {
        return switch (s) {
            case INFO -> blue;
            case ADVISORY -> onset;
            case CAUTION -> shear;
            case ALARM -> limit;
        };
    }

    /** Text on a severity's colour: dark on the light yellow and orange, white on blue and vermillion. */
    public Color onSeverity(Severity s) {
        return s == Severity.ADVISORY || s == Severity.CAUTION ? black : white;
    }

    /** The colour of a device state: streaming green, on the way yellow, lost vermillion, stopped grey. */
    public Color state(DeviceState s) {
        return switch (s) {
            case STREAMING, RECONNECTED -> band;
            case CONNECTING, STALLED -> onset;
            case DISCONNECTED -> limit;
            case STOPPED -> muted;
        };
    }

    @Override
    public void close() {
        for (Font f : new Font[] { small, label, title, value, big, banner }) {
            f.dispose();
        }
    }
}
