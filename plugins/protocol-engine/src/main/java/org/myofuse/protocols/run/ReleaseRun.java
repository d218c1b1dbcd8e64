package org.myofuse.protocols.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.protocol.Target;
import org.myofuse.protocols.model.Band;
import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Muscle;
import org.myofuse.protocols.model.Step;

/**
 * Release: counts the strokes the fusion finds (a {@code STROKE_START} then its {@code STROKE_END}, both
 * while the step is active). Each stroke's mean normal and shear force are taken over the frames between
 * them and judged against the bands ({@code pressure.more}/{@code less}, {@code shear.more}/{@code less});
 * after each stroke the stroke rate is judged against its band ({@code stroke.faster}/{@code slower}). A
 * frame at or above {@code overpressureLimit} issues {@code overpressure} (alarm) at once; it is re-armed
 * once the force is back below 90 % of the limit. Guarding on a watched muscle issues
 * {@code guarding.reduce}, and the {@code suggestEndAfter}-th {@code release.suggest-end}; a withdrawal
 * {@code withdrawal.pause}. Done after {@code strokes} or {@code duration}, whichever first.
 */
final class ReleaseRun extends StepRun {

    private static final double REARM = 0.9;

    private final Step.Release release;
    private final Band normalBand;
    private final Band shearBand;
    private final Band rateBand;
    private final double limit;
    private final int strokesTarget;
    private final long duration;
    private final List<Muscle> watched;
    private final List<Target> targets;

    private boolean armed = true;
    private int alarms;
    private double peak = Double.NaN;
    private boolean inStroke;
    private double sumNormal;
    private double sumShear;
    private int frames;
    private int shearFrames;
    private int inBand;
    private int guardings;
    private int withdrawals;

    ReleaseRun(Step.Release step, RunCore run) {
        super(step, run);
        this.release = step;
        normalBand = step.targetNormalForce();
        shearBand = step.targetShearForce().orElse(null);
        rateBand = step.strokeRate();
        limit = step.overpressureLimit().value();
        strokesTarget = step.strokes().map(c -> c.value()).orElse(Integer.MAX_VALUE);
        duration = step.duration().map(q -> q.nanos()).orElse(Long.MAX_VALUE);
        List<Muscle> w = new ArrayList<>();
        for (String id : step.guarding().muscles()) {
            w.add(run.protocol.muscle(id));
        }
        watched = List.copyOf(w);
        List<Target> t = new ArrayList<>();
        t.add(new Target("normalForce", normalBand.min(), normalBand.max(), limit, "N", "target pressure"));
        if (shearBand != null) {
            t.add(new Target("shearForce", shearBand.min(), shearBand.max(), Double.NaN, "N", "target glide"));
        }
        t.add(new Target("strokeRate", rateBand.min(), rateBand.max(), Double.NaN, "/min", "stroke rate"));
        targets = List.copyOf(t);
    }

    @Override
    List<Target> targets() {
        return targets;
    }

    @Override
    void frame(long now, long active) {
        double f = run.values.normal;
        if (!Double.isNaN(f)) {
            if (!(f <= peak)) {
                peak = f;
            }
            if (armed && f >= limit) {
                armed = false;
                alarms++;
                run.cues.issue(CueCodes.OVERPRESSURE, now, "", f, "N", normalBand.min(), normalBand.max(), done,
                        release.repetitionsTarget());
            } else if (!armed && f < REARM * limit) {
                armed = true;
            }
        }
        if (inStroke) {
            if (!Double.isNaN(f)) {
                sumNormal += f;
                frames++;
            }
            double s = run.values.shear;
            if (!Double.isNaN(s)) {
                sumShear += s;
                shearFrames++;
            }
        }
    }

    @Override
    void event(TherapyEvent e, long now, long active) {
        TherapyEventType type = e.type();
        if (type == TherapyEventType.STROKE_START) {
            run.values.strokeStarted(e.sessionNanos());
            inStroke = true;
            sumNormal = 0;
            sumShear = 0;
            frames = 0;
            shearFrames = 0;
        } else if (type == TherapyEventType.STROKE_END && inStroke) {
            inStroke = false;
            stroke(now);
        } else if (type == TherapyEventType.GUARDING && watches(e.source())) {
            guardings++;
            run.cues.issue(CueCodes.GUARDING_REDUCE, now, muscleName(e.source()), e.value(), e.unit(), Double.NaN,
                    Double.NaN, done, release.repetitionsTarget());
            if (guardings == release.guarding().suggestEndAfter().value()) {
                run.cues.issue(CueCodes.RELEASE_SUGGEST_END, now, muscleName(e.source()), guardings, "", Double.NaN,
                        Double.NaN, done, release.repetitionsTarget());
            }
        } else if (type == TherapyEventType.WITHDRAWAL) {
            withdrawals++;
            run.cues.issue(CueCodes.WITHDRAWAL, now, "", e.value(), e.unit(), Double.NaN, Double.NaN, done,
                    release.repetitionsTarget());
        }
    }

    private void stroke(long now) {
        done++;
        double normal = frames == 0 ? Double.NaN : sumNormal / frames;
        double shear = shearFrames == 0 ? Double.NaN : sumShear / shearFrames;
        boolean good = normalBand.contains(normal) && (shearBand == null || shearBand.contains(shear));
        if (good) {
            inBand++;
        }
        int target = release.repetitionsTarget();
        if (normalBand.below(normal)) {
            run.cues.issue(CueCodes.PRESSURE_MORE, now, "", normal, "N", normalBand.min(), normalBand.max(), done, target);
        } else if (normalBand.above(normal)) {
            run.cues.issue(CueCodes.PRESSURE_LESS, now, "", normal, "N", normalBand.min(), normalBand.max(), done, target);
        }
        if (shearBand != null && shearBand.below(shear)) {
            run.cues.issue(CueCodes.SHEAR_MORE, now, "", shear, "N", shearBand.min(), shearBand.max(), done, target);
        } else if (shearBand != null && shearBand.above(shear)) {
            run.cues.issue(CueCodes.SHEAR_LESS, now, "", shear, "N", shearBand.min(), shearBand.max(), done, target);
        }
        double rate = run.values.strokeRate();
        if (rateBand.below(rate)) {
            run.cues.issue(CueCodes.STROKE_FASTER, now, "", rate, "/min", rateBand.min(), rateBand.max(), done, target);
        } else if (rateBand.above(rate)) {
            run.cues.issue(CueCodes.STROKE_SLOWER, now, "", rate, "/min", rateBand.min(), rateBand.max(), done, target);
        }
    }

    private boolean watches(String source) {
        if (watched.isEmpty()) {
            return true;
        }
        for (Muscle m : watched) {
            if (m.measuredBy(source)) {
                return true;
            }
        }
        return false;
    }

    private String muscleName(String source) {
        for (Muscle m : run.protocol.muscles().values()) {
            if (m.measuredBy(source)) {
                return m.name();
            }
        }
        return source;
    }

    @Override
    boolean complete(long active) {
        return done >= strokesTarget || active >= duration;
    }

    @Override
    double result() {
        return done == 0 ? Double.NaN : (double) inBand / done;
    }

    @Override
    String resultDetail() {
        String planned = release.strokes().map(c -> "/" + c.value()).orElse("");
        return String.format(Locale.ROOT, "%d%s strokes, %d in band; peak %s N; %d overpressure, %d guarding, %d withdrawal",
                done, planned, inBand, Double.isNaN(peak) ? "-" : String.format(Locale.ROOT, "%.1f", peak), alarms,
                guardings, withdrawals);
    }
}
