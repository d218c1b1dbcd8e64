package org.myofuse.fusion;

import org.myofuse.lib.simulation.TherapyScenario;

/** Ground truth of the simulator's treatment model, shared by the accuracy tests. */
public final class ScenarioTruth {

    private ScenarioTruth() {
    }

    /** Strokes of the model that end at least {@code marginS} before {@code seconds}. */
    public static int completedStrokes(TherapyScenario truth, double seconds, double marginS) {
        int n = 0;
        while (truth.strokeStart(n) + truth.strokeDuration() < seconds - marginS) {
            n++;
        }
        return n;
    }

    /** Stroke rate from the first to the last of {@code strokes} stroke starts, Hz. */
    public static double strokeRateHz(TherapyScenario truth, int strokes) {
        return (strokes - 1) / (truth.strokeStart(strokes - 1) - truth.strokeStart(0));
    }

    /** Mean of the model's force over the part of stroke k above {@code threshold}, by fine numerical integration, N. */
    public static double strokeMeanN(TherapyScenario truth, int k, double threshold) {
        double start = truth.strokeStart(k);
        double duration = truth.strokeDuration();
        int steps = 20_000;
        double sum = 0;
        int inside = 0;
        for (int i = 0; i < steps; i++) {
            double f = truth.normalForceN(start + (i + 0.5) * duration / steps);
            if (f > threshold) {
                sum += f;
                inside++;
            }
        }
        return sum / inside;
    }

    /** Mean over the first {@code strokes} strokes of {@link #strokeMeanN}, N. */
    public static double meanStrokeForceN(TherapyScenario truth, int strokes, double threshold) {
        double sum = 0;
        for (int k = 0; k < strokes; k++) {
            sum += strokeMeanN(truth, k, threshold);
        }
        return sum / strokes;
    }
}
