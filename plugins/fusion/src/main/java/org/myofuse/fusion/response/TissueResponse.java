package org.myofuse.fusion.response;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;

/**
 * How the tissue answers each stroke, found on the fused frames: guarding (the EMG envelope of a
 * watched channel rising above its pre-stroke baseline by a threshold, beginning within a window
 * after force onset and sustained), withdrawal (the centre of pressure moving away from its
 * pre-stroke position by more than a distance, for a sustained time, during the stroke or its tail),
 * and a per-stroke record of force dose against EMG response.
 *
 * <p>It sees only the fused frames, so its results are a function of the frame sequence, which a
 * replay reproduces bit for bit. Strokes are segmented on the frames with the force processing's
 * thresholds; a contact that never becomes a stroke raises nothing. Events of a stroke not yet
 * confirmed are held until it is (or dropped with it). The baseline is taken from rest frames only
 * (neither in contact nor in a stroke's tail), so a lingering response to one stroke does not become
 * the baseline of the next.
 *
 * <p>Channels are watched from when their stream joins ({@link #watch}) until it leaves
 * ({@link #forget}); a channel without data is missing (NaN) in the frames and so counts for nothing,
 * which makes what is found independent of when a stream joined relative to the frames: only its data
 * counts. When several channels become guarding on the same frame, the one whose source sorts first
 * is reported, whatever order they were watched in.
 *
 * <p>Allocation-free per frame, except a record per stroke and the events. Not thread-safe.
 */
public final class TissueResponse {

    private enum Phase { REST, CONTACT, TAIL }

    private final ResponseSettings settings;
    /** Frame EMG channel of each watched slot, -1 where the slot is free. */
    private final int[] channels;
    private final String[] sources;
    private final double[] riseThreshold;
    private final String[] units;
    /** One past the highest slot in use. */
    private int width;
    /** Every channel watched so far, in the order it was first watched (for summaries). */
    private final List<String> watched = new ArrayList<>();
    private final List<String> watchedUnits = new ArrayList<>();
    private String riseUnit = "uV";
    private String matSource;
    private final Consumer<TherapyEvent> events;
    private final double dt;
    private final int baselineFrames;
    private final int windowFrames;
    private final int guardingFrames;
    private final int withdrawalFrames;
    private final int tailFrames;
    private final int minFrames;
    private final double[] emgHistory;
    private final double[] xHistory;
    private final double[] yHistory;
    private int historyPos;
    private final double[] baseline;
    private final int[] run;
    private final long[] runStart;
    private double baseX;
    private double baseY;
    private final List<StrokeResponse> strokes = new ArrayList<>();
    private final List<TherapyEvent> held = new ArrayList<>();
    private Phase phase = Phase.REST;
    private boolean unseen;
    private boolean armed;
    private boolean confirmed;
    private long contactFrames;
    private long sinceOnset;
    private int tailLeft;
    private long startNanos;
    private long endNanos;
    private double peakN;
    private double impulse;
    private double peakRise;
    private double peakShift;
    private boolean guarded;
    private String guardingSource = "";
    private double guardingLatencyMs = Double.NaN;
    private boolean withdrawn;
    private int shiftRun;
    private long shiftStart;
    private int guardingEvents;
    private int withdrawalEvents;

    /**
     * A response watching a fixed set of channels from the start.
     *
     * @param settings      the analysis parameters
     * @param channels      indices into the frame's EMG channels of the channels near the treated region
     * @param sources       event source of each watched channel ({@code device/channel})
     * @param riseThreshold guarding rise of each watched channel, in its frame unit
     * @param units         frame unit of each watched channel: %MVC or uV
     * @param matSource     event source of withdrawal (the mat's device id)
     * @param events        where events go, with the time they happened
     */
    public TissueResponse(ResponseSettings settings, int[] channels, String[] sources, double[] riseThreshold,
            String[] units, String matSource, Consumer<TherapyEvent> events) {
        this(settings, channels.length, events);
        if (sources.length != channels.length || riseThreshold.length != channels.length || units.length != channels.length) {
            throw new IllegalArgumentException("tissue response: " + channels.length + " watched channels need as many sources, thresholds and units");
        }
        for (int i = 0; i < channels.length; i++) {
            watch(channels[i], sources[i], riseThreshold[i], units[i]);
        }
        watchMat(matSource);
    }

    /**
     * A response watching nothing yet: channels are added with {@link #watch}, the mat with {@link #watchMat}.
     *
     * @param capacity the most EMG channels watched at once
     * @param events   where events go, with the time they happened
     */
    public TissueResponse(ResponseSettings settings, int capacity, Consumer<TherapyEvent> events) {
        this.settings = settings;
        this.channels = new int[capacity];
        Arrays.fill(channels, -1);
        this.sources = new String[capacity];
        this.riseThreshold = new double[capacity];
        this.units = new String[capacity];
        this.matSource = "";
        this.events = events;
        this.dt = 1 / settings.frameRateHz();
        this.baselineFrames = settings.frames(settings.baselineMs());
        this.windowFrames = settings.frames(settings.guardingWindowMs());
        this.guardingFrames = settings.frames(settings.guardingSustainMs());
        this.withdrawalFrames = settings.frames(settings.withdrawalSustainMs());
        this.tailFrames = (int) Math.round(settings.tailMs() * settings.frameRateHz() / 1000);
        this.minFrames = settings.frames(settings.minStrokeMs());
        this.emgHistory = new double[baselineFrames * capacity];
        this.xHistory = new double[baselineFrames];
        this.yHistory = new double[baselineFrames];
        Arrays.fill(emgHistory, Double.NaN);
        Arrays.fill(xHistory, Double.NaN);
        Arrays.fill(yHistory, Double.NaN);
        this.baseline = new double[capacity];
        this.run = new int[capacity];
        this.runStart = new long[capacity];
    }

    /**
     * Watches frame EMG channel {@code frameChannel} from now on: it has no history yet, so it has no
     * baseline (and raises nothing) before the next stroke that begins after a baseline of its data.
     *
     * @param source    event source ({@code device/channel})
     * @param threshold guarding rise, in {@code unit}
     * @param unit      frame unit of the channel: %MVC or uV
     * @throws IllegalStateException when as many channels as the capacity are watched already
     */
    public void watch(int frameChannel, String source, double threshold, String unit) {
        int i = 0;
        while (i < channels.length && channels[i] >= 0) {
            i++;
        }
        if (i == channels.length) {
            throw new IllegalStateException("tissue response: already watching " + channels.length + " channels");
        }
        channels[i] = frameChannel;
        sources[i] = source;
        riseThreshold[i] = threshold;
        units[i] = unit;
        baseline[i] = Double.NaN;
        run[i] = 0;
        for (int f = 0; f < baselineFrames; f++) {
            emgHistory[f * channels.length + i] = Double.NaN;
        }
        width = Math.max(width, i + 1);
        if (!watched.contains(source)) {
            watched.add(source);
            watchedUnits.add(unit);
            riseUnit = unitOf(watchedUnits);
        }
    }

    /** Names the mat whose centre of pressure is in the frames (the source of withdrawal), unless one is named already. */
    public void watchMat(String source) {
        if (matSource.isEmpty()) {
            matSource = source;
        }
    }

    private static String unitOf(List<String> units) {
        boolean mvc = false;
        boolean uv = false;
        for (String u : units) {
            mvc |= "%MVC".equals(u);
            uv |= !"%MVC".equals(u);
        }
        return mvc && uv ? "mixed" : mvc ? "%MVC" : "uV";
    }

    /** One fused frame: its time, normal force (N), centre of pressure (mm) and EMG envelopes (frame order). */
    public void step(long timeNanos, double normalN, double copXmm, double copYmm, double[] emg) {
        boolean inContact = normalN > settings.contactN();
        if (Double.isNaN(normalN)) {
            // the force is missing: a stroke in progress has no known end and one that comes back in
            // contact no known start, so neither counts until the tool has been seen at rest again
            unseen = true;
            if (phase == Phase.CONTACT) {
                abandon();
            }
        } else if (!inContact) {
            unseen = false;
        }
        if (phase == Phase.TAIL && inContact) {
            finish();
        }
        if (phase == Phase.REST && inContact && !unseen) {
            begin(timeNanos);
        }
        if (phase == Phase.CONTACT) {
            if (inContact) {
                contact(normalN);
            } else {
                lift(timeNanos);
            }
        }
        if (phase == Phase.REST) {
            remember(copXmm, copYmm, emg);
            return;
        }
        observe(timeNanos, copXmm, copYmm, emg);
        sinceOnset++;
        if (phase == Phase.TAIL && --tailLeft < 0) {
            finish();
        }
    }

    /**
     * The stream of frame EMG channel {@code frameChannel} has left the frames: the channel is no
     * longer watched (its values count as missing), so a stream that takes the slot later is not
     * taken for this one. Nothing happens if the channel is not watched.
     */
    public void forget(int frameChannel) {
        for (int i = 0; i < width; i++) {
            if (channels[i] == frameChannel) {
                channels[i] = -1;
            }
        }
        while (width > 0 && channels[width - 1] < 0) {
            width--;
        }
    }

    /** The envelope of watched channel {@code i} in this frame; NaN once its stream has left. */
    private double envelope(double[] emg, int i) {
        int c = channels[i];
        return c < 0 ? Double.NaN : emg[c];
    }

    private void remember(double x, double y, double[] emg) {
        int n = channels.length;
        for (int i = 0; i < width; i++) {
            emgHistory[historyPos * n + i] = envelope(emg, i);
        }
        xHistory[historyPos] = x;
        yHistory[historyPos] = y;
        historyPos = (historyPos + 1) % baselineFrames;
    }

    private void begin(long timeNanos) {
        phase = Phase.CONTACT;
        armed = false;
        confirmed = false;
        guarded = false;
        guardingSource = "";
        guardingLatencyMs = Double.NaN;
        withdrawn = false;
        contactFrames = 0;
        sinceOnset = 0;
        startNanos = timeNanos;
        peakN = 0;
        impulse = 0;
        peakRise = Double.NaN;
        peakShift = Double.NaN;
        shiftRun = 0;
        held.clear();
        int n = channels.length;
        for (int i = 0; i < width; i++) {
            baseline[i] = mean(emgHistory, i, n);
            run[i] = 0;
        }
        baseX = mean(xHistory, 0, 1);
        baseY = mean(yHistory, 0, 1);
    }

    /** Mean of the valid history values; NaN unless at least half the window is valid. */
    private double mean(double[] history, int offset, int stride) {
        double sum = 0;
        int valid = 0;
        for (int f = 0; f < baselineFrames; f++) {
            double v = history[f * stride + offset];
            if (!Double.isNaN(v)) {
                sum += v;
                valid++;
            }
        }
        return 2 * valid >= baselineFrames ? sum / valid : Double.NaN;
    }

    private void contact(double normalN) {
        contactFrames++;
        impulse += normalN * dt;
        peakN = Math.max(peakN, normalN);
        armed |= normalN > settings.strokeStartN();
        if (armed && !confirmed && contactFrames >= minFrames) {
            confirmed = true;
            for (TherapyEvent e : held) {
                events.accept(e);
            }
            held.clear();
        }
    }

    private void lift(long timeNanos) {
        endNanos = timeNanos;
        if (confirmed) {
            phase = Phase.TAIL;
            tailLeft = tailFrames;
        } else {
            abandon();
        }
    }

    private void abandon() {
        held.clear();
        phase = Phase.REST;
    }

    private void observe(long timeNanos, double x, double y, double[] emg) {
        int guarding = -1;
        double guardingRise = Double.NaN;
        for (int i = 0; i < width; i++) {
            double rise = envelope(emg, i) - baseline[i];
            // of channels becoming guarding on one frame, the first source in order: not the first watched
            if (sustained(i, timeNanos, rise) && (guarding < 0 || sources[i].compareTo(sources[guarding]) < 0)) {
                guarding = i;
                guardingRise = rise;
            }
        }
        if (guarding >= 0) {
            guarding(guarding, guardingRise);
        }
        double shift = Math.hypot(x - baseX, y - baseY);
        if (Double.isNaN(shift)) {
            shiftRun = 0;
            return;
        }
        peakShift = Double.isNaN(peakShift) ? shift : Math.max(peakShift, shift);
        if (withdrawn || shift <= settings.withdrawalMm()) {
            shiftRun = 0;
            return;
        }
        if (shiftRun++ == 0) {
            shiftStart = timeNanos;
        }
        if (shiftRun >= withdrawalFrames) {
            withdrawn = true;
            withdrawalEvents++;
            raise(new TherapyEvent(TherapyEventType.WITHDRAWAL, shiftStart, matSource, shift, "mm",
                    String.format(Locale.ROOT, "withdrawal: centre of pressure %.1f mm from its pre-stroke position (%s), stroke %d",
                            shift, x > baseX ? "towards the patient's right" : "towards the patient's left", strokes.size() + 1)));
        }
    }

    /** Follows channel {@code i}'s rise; true on the frame its guarding has lasted long enough. */
    private boolean sustained(int i, long timeNanos, double rise) {
        if (Double.isNaN(rise)) {
            run[i] = 0;
            return false;
        }
        peakRise = Double.isNaN(peakRise) ? rise : Math.max(peakRise, rise);
        if (guarded || rise <= riseThreshold[i]) {
            run[i] = 0;
            return false;
        }
        if (run[i] == 0) {
            if (sinceOnset > windowFrames) {
                // a rise beginning this late is not an answer to the stroke's onset
                return false;
            }
            runStart[i] = timeNanos;
        }
        return ++run[i] >= guardingFrames;
    }

    private void guarding(int i, double rise) {
        guarded = true;
        guardingSource = sources[i];
        guardingLatencyMs = (runStart[i] - startNanos) / 1e6;
        guardingEvents++;
        raise(new TherapyEvent(TherapyEventType.GUARDING, runStart[i], sources[i], rise, units[i],
                String.format(Locale.ROOT, "guarding on %s: %.1f %s above the pre-stroke baseline, %.0f ms after force onset, stroke %d",
                        sources[i], rise, units[i], guardingLatencyMs, strokes.size() + 1)));
    }

    private void raise(TherapyEvent e) {
        if (confirmed) {
            events.accept(e);
        } else {
            held.add(e);
        }
    }

    private void finish() {
        strokes.add(new StrokeResponse(strokes.size(), startNanos, endNanos, peakN, impulse, peakRise, riseUnit, guarded,
                guardingSource, guardingLatencyMs, peakShift, withdrawn));
        phase = Phase.REST;
    }

    /** The session ended: a stroke in its tail is complete; one still in contact has no known end and is dropped. */
    public void end() {
        if (phase == Phase.TAIL) {
            finish();
        } else if (phase == Phase.CONTACT) {
            abandon();
        }
    }

    /** Completed strokes with their dose and response. */
    public List<StrokeResponse> strokes() {
        return List.copyOf(strokes);
    }

    /** EMG response against impulse over the completed strokes. */
    public DoseResponse doseResponseImpulse() {
        return DoseResponse.ofImpulse(strokes);
    }

    /** EMG response against peak normal force over the completed strokes. */
    public DoseResponse doseResponsePeakForce() {
        return DoseResponse.ofPeakForce(strokes);
    }

    public int guardingEvents() {
        return guardingEvents;
    }

    public int withdrawalEvents() {
        return withdrawalEvents;
    }

    public ResponseSettings settings() {
        return settings;
    }

    /** Unit of the per-stroke response: %MVC when every watched channel is calibrated, uV when none is, else "mixed". */
    public String riseUnit() {
        return riseUnit;
    }

    /** Sources of the EMG channels watched so far, in the order each was first watched. */
    public List<String> watchedChannels() {
        return List.copyOf(watched);
    }
}
