package org.myofuse.reports;

import org.myofuse.api.report.SessionReport;
import org.myofuse.api.report.ProgressReport;

import org.myofuse.reports.internal.HtmlReports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic but plausible report models, for the tests and for looking at a report by eye:
 * {@code java -cp target/classes:target/test-classes org.myofuse.reports.SampleReports DIR [SECONDS]}
 * writes {@code DIR/session.html} and {@code DIR/progress.html}.
 */
public final class SampleReports {

    private static final double HZ = 100;
    private static final double STROKE_EVERY_S = 6;
    private static final double STROKE_LENGTH_S = 3;

    private SampleReports() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 180;
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("session.html"), StandardCharsets.UTF_8)) {
            new HtmlReports().writeSession(session(seconds), w);
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("progress.html"), StandardCharsets.UTF_8)) {
            new HtmlReports().writeProgress(progress(8), w);
        }
    }

    /** A session of {@code seconds} with all four parts, a 2 s force dropout, awkward text and a protocol run. */
    public static SessionReport session(double seconds) {
        SessionReport.Header header = new SessionReport.Header("S-0042", "P<7>&\"Ø\"", "A. Lindqvist", "iastm-force-basic",
                Instant.parse("2024-05-02T14:03:07Z"), seconds, "COMPLETE",
                List.of("sim-iastm (simulator, 100 Hz)", "sim-emg (simulator, 3 ch)", "sim-mat (simulator, 16 x 24)"), 6, 4);
        return new SessionReport(header, force(seconds), emg(seconds), sway(seconds), heatMap(), events(seconds), summary(),
                List.of(protocolRun()));
    }

    /**
     * A run of four steps: one completed, one repeated and then completed, one skipped before it began; values
     * from a reference, the clinic default, a clinic override and the patient's program.
     */
    public static SessionReport.ProtocolRun protocolRun() {
        List<SessionReport.StepRun> steps = List.of(
                new SessionReport.StepRun("pain-before", 0, 1.0, 4.5, SessionReport.StepOutcome.COMPLETED, Double.NaN,
                        "pain 6/10 before"),
                new SessionReport.StepRun("release-tlf-left", 1, 6.0, 20.0, SessionReport.StepOutcome.REPEATED, 0.5,
                        "4/12 strokes, 2 in band; peak 11.1 N; 0 overpressure, 1 guarding, 0 withdrawal"),
                new SessionReport.StepRun("release-tlf-left", 1, 20.0, 95.0, SessionReport.StepOutcome.COMPLETED,
                        10.0 / 12, "12/12 strokes, 10 in band; peak 9.4 N; 0 overpressure, 1 guarding, 0 withdrawal"),
                new SessionReport.StepRun("release-tlf-right", 2, Double.NaN, 97.0, SessionReport.StepOutcome.SKIPPED,
                        Double.NaN, ""));
        String override = "clinic override (etc/short-release.override.yaml)";
        List<SessionReport.Parameter> parameters = List.of(
                new SessionReport.Parameter("", "equipment.forceTool.normalRange", "50", "N", "clinic default",
                        SessionReport.ValueOrigin.PROTOCOL),
                new SessionReport.Parameter("", "muscles.multifidus-left.site",
                        "At the level of the L5 spinous process, about 2-3 cm from the midline", "",
                        "seniam: Hermens HJ et al. J Electromyogr Kinesiol. 2000;10(5):361-374 (SENIAM).",
                        SessionReport.ValueOrigin.PROTOCOL),
                new SessionReport.Parameter("release-tlf-left", "targetNormalForce", "6-8.9", "N",
                        "stevenson2023: Stevenson TC et al. J Athl Train. 2023;58(1):60-64.", SessionReport.ValueOrigin.PROTOCOL),
                new SessionReport.Parameter("release-tlf-left", "strokes", "12", "",
                        "program lumbar-12-week 1.0.0, progression release-strokes", SessionReport.ValueOrigin.PROGRAM),
                new SessionReport.Parameter("release-tlf-left", "duration", "30", "s", override,
                        SessionReport.ValueOrigin.CLINIC_OVERRIDE),
                new SessionReport.Parameter("release-tlf-right", "strokes", "12", "", "clinic default",
                        SessionReport.ValueOrigin.PROTOCOL),
                new SessionReport.Parameter("release-tlf-right", "criteria[2]", "-25 to 25", "mm", "clinic default",
                        SessionReport.ValueOrigin.PROTOCOL));
        return new SessionReport.ProtocolRun("lumbar-session", "1.0.0", 0.5, "completed", steps, 6, 4,
                List.of(new SessionReport.CueCount("info", 14), new SessionReport.CueCount("advisory", 3),
                        new SessionReport.CueCount("caution", 1), new SessionReport.CueCount("alarm", 0)), parameters);
    }

    static double[] time(double seconds) {
        double[] t = new double[(int) Math.round(seconds * HZ)];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / HZ;
        }
        return t;
    }

    static List<SessionReport.Stroke> strokes(double seconds) {
        List<SessionReport.Stroke> strokes = new ArrayList<>();
        for (double s = 2; s + STROKE_LENGTH_S < seconds; s += STROKE_EVERY_S) {
            double peak = strokePeak(strokes.size());
            strokes.add(new SessionReport.Stroke(s, s + STROKE_LENGTH_S, peak, peak * 2 / Math.PI));
        }
        return strokes;
    }

    private static double strokePeak(int n) {
        return 9 + 3 * Math.sin(n * 0.7) + (n % 5 == 4 ? 4 : 0);
    }

    static SessionReport.Force force(double seconds) {
        double[] t = time(seconds);
        float[] normal = new float[t.length];
        float[] shear = new float[t.length];
        Random random = new Random(1);
        for (int i = 0; i < t.length; i++) {
            double phase = (t[i] - 2) % STROKE_EVERY_S;
            int n = (int) Math.floor((t[i] - 2) / STROKE_EVERY_S);
            double f = t[i] >= 2 && phase < STROKE_LENGTH_S ? strokePeak(n) * Math.sin(Math.PI * phase / STROKE_LENGTH_S) : 0;
            normal[i] = (float) Math.max(0, f + 0.15 * random.nextGaussian());
            shear[i] = (float) (0.35 * f + 0.1 * random.nextGaussian());
            if (t[i] >= 40 && t[i] < 42) {
                normal[i] = Float.NaN;
                shear[i] = Float.NaN;
            }
        }
        return new SessionReport.Force(t, normal, shear, 8, 12, strokes(seconds));
    }

    static SessionReport.Emg emg(double seconds) {
        double[] t = time(seconds);
        List<String> channels = List.of("upper trapezius (L)", "upper trapezius (R)", "levator scapulae");
        float[][] env = new float[channels.size()][t.length];
        List<SessionReport.Onset> onsets = new ArrayList<>();
        Random random = new Random(2);
        for (int c = 0; c < channels.size(); c++) {
            double burstAt = Double.NaN;
            for (int i = 0; i < t.length; i++) {
                if (i % 2500 == 1200 + c * 300) {
                    burstAt = t[i];
                    onsets.add(new SessionReport.Onset(c, t[i]));
                }
                double burst = Double.isNaN(burstAt) ? 0 : 30 * Math.exp(-(t[i] - burstAt) / 1.5) / (c + 1);
                env[c][i] = (float) Math.max(0, 4 + c + burst + 0.8 * random.nextGaussian());
            }
        }
        return new SessionReport.Emg(channels, "%MVC", t, env, onsets);
    }

    static SessionReport.Sway sway(double seconds) {
        int n = (int) Math.round(seconds * HZ);
        float[] x = new float[n];
        float[] y = new float[n];
        Random random = new Random(3);
        double px = 0;
        double py = 0;
        for (int i = 0; i < n; i++) {
            px += -0.01 * px + 0.25 * random.nextGaussian();
            py += -0.01 * py + 0.45 * random.nextGaussian() + 0.1 * 0.25 * random.nextGaussian();
            x[i] = (float) (px + 3);
            y[i] = (float) (py - 2);
        }
        return new SessionReport.Sway(x, y, ellipse(x, y));
    }

    /** The 95% confidence ellipse from the path's covariance (chi-square, 2 degrees of freedom: 5.991). */
    static SessionReport.Ellipse ellipse(float[] x, float[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        sxx /= x.length - 1;
        syy /= x.length - 1;
        sxy /= x.length - 1;
        double mean = (sxx + syy) / 2;
        double d = Math.sqrt((sxx - syy) * (sxx - syy) / 4 + sxy * sxy);
        double angle = Math.toDegrees(0.5 * Math.atan2(2 * sxy, sxx - syy));
        return new SessionReport.Ellipse(mx, my, Math.sqrt(5.991 * (mean + d)), Math.sqrt(5.991 * (mean - d)), angle);
    }

    static SessionReport.HeatMap heatMap() {
        int rows = 16;
        int cols = 24;
        float[] kpa = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double a = Math.exp(-(Math.pow(r - 5, 2) + Math.pow(c - 7, 2)) / 8);
                double b = Math.exp(-(Math.pow(r - 10, 2) + Math.pow(c - 16, 2)) / 12);
                kpa[r * cols + c] = (float) (42 * a + 30 * b);
            }
        }
        kpa[rows * cols - 1] = Float.NaN;
        return new SessionReport.HeatMap(rows, cols, kpa, 10);
    }

    static List<SessionReport.Event> events(double seconds) {
        List<SessionReport.Event> events = new ArrayList<>();
        for (double s = 13; s < seconds; s += 25) {
            events.add(new SessionReport.Event(s, "GUARDING", "fusion/emg", 18.5, "%MVC", "upper trapezius (L) rose under 11 N",
                    "live"));
        }
        for (double s = 31; s < seconds; s += 47) {
            events.add(new SessionReport.Event(s, "WITHDRAWAL", "fusion/mat", 14, "mm", "CoP shifted away"));
        }
        events.add(new SessionReport.Event(40, "GAP", "sim-iastm", 2, "s", "device dropout"));
        events.add(new SessionReport.Event(5, "MARKER", "therapist", Double.NaN, "", "note: <b>tender</b> & \"tight\" - µ"));
        return events;
    }

    static List<SessionReport.SummaryRow> summary() {
        return List.of(
                new SessionReport.SummaryRow("Force", "Strokes", "29", ""),
                new SessionReport.SummaryRow("Force", "Mean normal force", "9.4", "N"),
                new SessionReport.SummaryRow("Force", "Time in target band", "41", "%"),
                new SessionReport.SummaryRow("EMG", "Guarding events", "7", ""),
                new SessionReport.SummaryRow("Sway", "95% ellipse area", "212", "mm\u00b2"));
    }

    /** {@code n} sessions, twice a week, pain falling from 6; session 3 has no pain-after score. */
    public static ProgressReport progress(int n) {
        List<ProgressReport.SessionRow> rows = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 4, 1);
        for (int i = 0; i < n; i++) {
            int before = Math.max(1, 6 - i / 2);
            Integer after = i == 2 ? null : Math.max(0, before - 2);
            rows.add(new ProgressReport.SessionRow("S-" + (40 + i), start.plusDays(i * 3L + i / 2), before, after, List.of(
                    new ProgressReport.Metric("strokes", 24 + 2 * i, ""),
                    new ProgressReport.Metric("mean normal force", 8.5 + 0.3 * i, "N"),
                    new ProgressReport.Metric("guarding events", Math.max(0, 9 - i), ""),
                    new ProgressReport.Metric("ellipse area", 260 - 12 * i, "mm\u00b2"))));
        }
        return new ProgressReport("P<7>&\"Ø\"", new ProgressReport.Program(6, 2, start), rows);
    }
}
