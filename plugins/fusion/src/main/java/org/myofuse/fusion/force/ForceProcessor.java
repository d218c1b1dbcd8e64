package org.myofuse.fusion.force;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.fusion.EventSink;
import org.myofuse.fusion.dsp.BiquadBank;
import org.myofuse.fusion.dsp.BiquadCoefficients;

/**
 * Everything derived from the IASTM tool's three force axes ({@code Fx, Fy, Fz}; Fz into the skin):
 * tare, low-pass smoothing, normal force, shear magnitude and direction, shear/normal ratio, contact
 * pressure, strokes, time in the target band, cumulative impulse and overpressure events.
 *
 * <p>Allocation-free per sample, except a record and an event when something happens. Not thread-safe.
 */
public final class ForceProcessor {

    private static final int X = 0;
    private static final int Y = 1;
    private static final int Z = 2;
    /** An overpressure re-arms once the force falls below this share of the threshold. */
    private static final double OVERPRESSURE_REARM = 0.9;

    private final ForceSettings settings;
    private final double dt;
    private final Tare tare;
    private final BiquadBank smoother;
    private final StrokeDetector strokes;
    private final EventSink events;
    private final String source;
    private final double[] axes = new double[3];
    private final double[] drift = new double[3];
    private final double zeroGain;
    private final long dwellSamples;
    private final List<StrokeRecord> completed = new ArrayList<>();
    private double normal = Double.NaN;
    private double shear = Double.NaN;
    private double directionDeg = Double.NaN;
    private boolean inTarget;
    private long targetRun;
    private long samplesInTarget;
    private double impulseNs;
    private boolean overpressure;
    private int overpressureEvents;
    private double sessionPeakN;

    public ForceProcessor(ForceSettings settings, double sampleRateHz, String source, EventSink events) {
        this.settings = settings;
        this.dt = 1 / sampleRateHz;
        this.tare = new Tare(3, settings.tareSeconds(), sampleRateHz);
        this.smoother = new BiquadBank(BiquadCoefficients.lowPass(Math.min(settings.smoothingHz(), 0.45 * sampleRateHz),
                sampleRateHz, BiquadCoefficients.butterworthQ(2, 0)), 3);
        this.strokes = new StrokeDetector(settings.strokeStartN(), settings.strokeEndN(), settings.minStrokeMs(),
                sampleRateHz);
        this.dwellSamples = Math.max(1, Math.round(settings.targetDwellMs() * sampleRateHz / 1000));
        this.source = source;
        this.events = events;
        this.zeroGain = settings.zeroTrackingS() > 0 ? dt / settings.zeroTrackingS() : 0;
    }

    /** Processes one frame of raw forces, N. */
    public void step(long index, double fx, double fy, double fz) {
        if (!tare.ready()) {
            tare.offer(X, fx);
            tare.offer(Y, fy);
            tare.offer(Z, fz);
            tare.endFrame();
            return;
        }
        axes[X] = tare.apply(X, fx) - drift[X];
        axes[Y] = tare.apply(Y, fy) - drift[Y];
        axes[Z] = tare.apply(Z, fz) - drift[Z];
        smoother.stepFrame(axes);
        trackZero();
        normal = axes[Z];
        shear = Math.hypot(axes[X], axes[Y]);
        directionDeg = Math.toDegrees(Math.atan2(axes[Y], axes[X]));
        sessionPeakN = Math.max(sessionPeakN, normal);
        if (normal > settings.strokeEndN()) {
            impulseNs += normal * dt;
        }
        strokeStep(index);
        targetStep(index);
        overpressureStep(index);
    }

    /**
     * Load cells drift (temperature, creep). Between strokes the tool is off the skin, so whatever
     * force is read at rest is drift: the zero follows it with a slow first-order lag. Never during a
     * stroke, and never outside the rest band, so a light but real contact is not zeroed away.
     */
    private void trackZero() {
        if (zeroGain == 0 || strokes.inStroke() || Math.abs(axes[Z]) > settings.restBandN()) {
            return;
        }
        for (int a = 0; a < 3; a++) {
            double step = zeroGain * axes[a];
            drift[a] += step;
            axes[a] -= step;
        }
    }

    /**
     * Zeroes the tool again: the zero is taken anew over the tare window from the next reading on (the
     * readings are not usable until then, as at the stream's start), and the drift tracked so far is
     * dropped with the old zero.
     */
    public void retare() {
        tare.restart();
        java.util.Arrays.fill(drift, 0);
        smoother.reset();
        normal = Double.NaN;
        shear = Double.NaN;
        directionDeg = Double.NaN;
    }

    /** After a gap: filters restart and a stroke in progress is dropped (its end was not seen). */
    public void gap() {
        smoother.reset();
        strokes.interrupt();
        normal = Double.NaN;
        shear = Double.NaN;
        directionDeg = Double.NaN;
    }

    private void strokeStep(long index) {
        switch (strokes.step(index, normal, shear)) {
            case STARTED -> events.event(TherapyEventType.STROKE_START, strokes.startIndex(), source, normal, "N",
                    "stroke " + (completed.size() + 1) + " started");
            case ENDED -> {
                StrokeRecord s = strokes.last();
                completed.add(s);
                events.event(TherapyEventType.STROKE_END, s.endIndex(), source, s.peakNormalN(), "N",
                        String.format(Locale.ROOT, "stroke %d: %.2f s, peak %.2f N, mean %.2f N, peak shear %.2f N, impulse %.2f N s",
                                s.number() + 1, s.durationS(), s.peakNormalN(), s.meanNormalN(), s.peakShearN(), s.impulseNs()));
            }
            default -> {
            }
        }
    }

    private void targetStep(long index) {
        boolean inside = normal >= settings.targetLowN() && normal <= settings.targetHighN();
        if (inside) {
            samplesInTarget++;
        }
        if (inside == inTarget) {
            targetRun = 0;
            return;
        }
        if (++targetRun < dwellSamples) {
            return;
        }
        inTarget = inside;
        targetRun = 0;
        long at = index - dwellSamples + 1;
        events.event(inside ? TherapyEventType.TARGET_ENTERED : TherapyEventType.TARGET_LEFT, at, source, normal, "N",
                String.format(Locale.ROOT, "%s target band %.1f-%.1f N", inside ? "entered" : "left",
                        settings.targetLowN(), settings.targetHighN()));
    }

    private void overpressureStep(long index) {
        if (!overpressure && normal > settings.overpressureN()) {
            overpressure = true;
            overpressureEvents++;
            events.event(TherapyEventType.OVERPRESSURE, index, source, normal, "N",
                    String.format(Locale.ROOT, "normal force above %.1f N", settings.overpressureN()));
        } else if (overpressure && normal < OVERPRESSURE_REARM * settings.overpressureN()) {
            overpressure = false;
        }
    }

    public boolean tared() {
        return tare.ready();
    }

    /** Tared, smoothed normal force, N; NaN before the tare or right after a gap. */
    public double normalN() {
        return normal;
    }

    public double shearN() {
        return shear;
    }

    /** Direction of the shear in the skin plane, degrees counter-clockwise from +x (patient's right); +90 is cranial. */
    public double shearDirectionDeg() {
        return directionDeg;
    }

    /** Shear over normal force; NaN out of contact. */
    public double shearToNormal() {
        return normal > settings.strokeEndN() ? shear / normal : Double.NaN;
    }

    /** Mean contact pressure under the tool edge, kPa (N/mm^2 is MPa). */
    public double contactPressureKpa() {
        return normal > settings.strokeEndN() ? 1000 * normal / settings.contactAreaMm2() : 0;
    }

    public boolean inStroke() {
        return strokes.inStroke();
    }

    public List<StrokeRecord> strokes() {
        return completed;
    }

    /** Strokes per second from the first to the last stroke start; NaN with fewer than two strokes. */
    public double strokeRateHz() {
        int n = completed.size();
        if (n < 2) {
            return Double.NaN;
        }
        return (n - 1) / ((completed.get(n - 1).startIndex() - completed.get(0).startIndex()) * dt);
    }

    public double timeInTargetS() {
        return samplesInTarget * dt;
    }

    public double impulseNs() {
        return impulseNs;
    }

    public int overpressureEvents() {
        return overpressureEvents;
    }

    public double sessionPeakN() {
        return sessionPeakN;
    }

    public ForceSettings settings() {
        return settings;
    }
}
