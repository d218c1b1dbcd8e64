package org.myofuse.protocols.run;

import java.util.List;

import org.myofuse.protocols.model.Metric;
import org.myofuse.protocols.model.Muscle;
import org.myofuse.protocols.model.Protocol;

/**
 * The metrics of docs/protocols-format.md as they stand at the frame the engine is at: forces, centre
 * of pressure, its speed over the last second, the step's stroke rate, and each protocol muscle's EMG
 * envelope in %MVC and in uV. Engine thread only; {@link #load} allocates nothing.
 *
 * <p>A muscle is read from the first channel of the frame whose source its channel names; the match is
 * remembered by the source's identity (the fusion keeps one String per channel while its stream stays).
 * Its %MVC is the fusion's when the fusion reports the channel in %MVC, else the envelope over the MVC
 * this run measured (see {@link #mvc}), else NaN. Its uV value is the envelope when the fusion reports
 * uV, else the %MVC times the MVC this run measured, else NaN.
 */
final class LiveValues {

    private static final long SECOND = 1_000_000_000L;
    /** Frames of copSpeed's window: one second at up to 200 frames per second. */
    private static final int WINDOW = 256;
    /** Starts the stroke rate is taken over. */
    private static final int STARTS = 4;

    final List<Muscle> muscles;
    final double[] pct;
    final double[] uv;
    final String[] source;
    final double[] mvcUv;
    private final int[] channel;

    long nanos = Long.MIN_VALUE;
    double normal = Double.NaN;
    double shear = Double.NaN;
    double copX = Double.NaN;
    double copY = Double.NaN;
    double copSpeed = Double.NaN;

    private final long[] segmentAt = new long[WINDOW];
    private final double[] segment = new double[WINDOW];
    private int head;
    private int size;
    private double path;
    private long windowStart = Long.MIN_VALUE;

    private final long[] starts = new long[STARTS];
    private int startCount;

    LiveValues(Protocol protocol) {
        this.muscles = List.copyOf(protocol.muscles().values().stream()
                .sorted((a, b) -> a.id().compareTo(b.id())).toList());
        int n = muscles.size();
        pct = new double[n];
        uv = new double[n];
        source = new String[n];
        mvcUv = new double[n];
        channel = new int[n];
        java.util.Arrays.fill(mvcUv, Double.NaN);
        java.util.Arrays.fill(pct, Double.NaN);
        java.util.Arrays.fill(uv, Double.NaN);
        java.util.Arrays.fill(channel, -1);
    }

    /** The index of a muscle id; -1 when the protocol declares none such. */
    int muscle(String id) {
        for (int i = 0; i < muscles.size(); i++) {
            if (muscles.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Takes the values of slot {@code s} of {@code in}. */
    void load(FrameInbox in, int s) {
        nanos = in.nanos[s];
        normal = in.normal[s];
        shear = in.shear[s];
        copX = in.copX[s];
        copY = in.copY[s];
        copSpeed(nanos, copX, copY);
        int count = in.emgCount[s];
        int base = s * FrameInbox.MAX_EMG;
        for (int m = 0; m < pct.length; m++) {
            int c = resolve(m, in.emgSource, base, count);
            if (c < 0) {
                pct[m] = Double.NaN;
                uv[m] = Double.NaN;
                continue;
            }
            double env = in.emg[base + c];
            if (in.emgPct[base + c]) {
                pct[m] = env;
                uv[m] = env * mvcUv[m] / 100;
            } else {
                uv[m] = env;
                pct[m] = 100 * env / mvcUv[m];
            }
        }
    }

    private int resolve(int m, String[] sources, int base, int count) {
        int c = channel[m];
        if (c >= 0 && c < count && sources[base + c] == source[m]) {
            return c;
        }
        Muscle muscle = muscles.get(m);
        for (int i = 0; i < count; i++) {
            String s = sources[base + i];
            if (s != null && !s.isEmpty() && muscle.measuredBy(s)) {
                channel[m] = i;
                source[m] = s;
                return i;
            }
        }
        channel[m] = -1;
        return -1;
    }

    /** Centre-of-pressure path length over the last second, mm/s; NaN until a second of it is known. */
    private void copSpeed(long t, double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            size = 0;
            path = 0;
            windowStart = Long.MIN_VALUE;
            copSpeed = Double.NaN;
            return;
        }
        if (windowStart == Long.MIN_VALUE) {
            windowStart = t;
            lastX = x;
            lastY = y;
            copSpeed = Double.NaN;
            return;
        }
        double d = Math.hypot(x - lastX, y - lastY);
        lastX = x;
        lastY = y;
        if (size == WINDOW) {
            drop();
        }
        int at = (head + size) % WINDOW;
        segmentAt[at] = t;
        segment[at] = d;
        size++;
        path += d;
        while (size > 0 && segmentAt[head] <= t - SECOND) {
            drop();
        }
        copSpeed = t - windowStart >= SECOND ? Math.max(0, path) : Double.NaN;
    }

    private double lastX;
    private double lastY;

    private void drop() {
        path -= segment[head];
        head = (head + 1) % WINDOW;
        size--;
    }

    /** A stroke started (event time): the stroke rate follows the step's last starts. */
    void strokeStarted(long t) {
        if (startCount == STARTS) {
            System.arraycopy(starts, 1, starts, 0, STARTS - 1);
            startCount--;
        }
        starts[startCount++] = t;
    }

    /** A new step: its stroke rate starts over. */
    void resetStrokes() {
        startCount = 0;
    }

    /** 60 / the mean interval between the step's last starts (up to four), /min; NaN before the second. */
    double strokeRate() {
        if (startCount < 2) {
            return Double.NaN;
        }
        double interval = (starts[startCount - 1] - starts[0]) / 1e9 / (startCount - 1);
        return interval > 0 ? 60 / interval : Double.NaN;
    }

    /** A metric's value now; {@code muscle} is the muscle's index for EMG. */
    double metric(Metric.Kind kind, int muscle) {
        return switch (kind) {
            case NORMAL_FORCE -> normal;
            case SHEAR_FORCE -> shear;
            case STROKE_RATE -> strokeRate();
            case COP_X -> copX;
            case COP_Y -> copY;
            case COP_SPEED -> copSpeed;
            case EMG -> muscle < 0 ? Double.NaN : pct[muscle];
        };
    }

    /** The muscle's MVC as this run measured it: from now on its envelope reads in %MVC. */
    void mvc(int muscle, double uvValue) {
        mvcUv[muscle] = uvValue;
    }

    /** The muscle's display name. */
    String name(int muscle) {
        return muscle < 0 ? "" : muscles.get(muscle).name();
    }
}
