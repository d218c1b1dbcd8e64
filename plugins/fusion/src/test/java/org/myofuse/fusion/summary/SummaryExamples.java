package org.myofuse.fusion.summary;

import java.util.List;

import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.api.analysis.SessionSummary.Asymmetry;
import org.myofuse.api.analysis.SessionSummary.DoseFit;
import org.myofuse.api.analysis.SessionSummary.Emg;
import org.myofuse.api.analysis.SessionSummary.EmgChannel;
import org.myofuse.api.analysis.SessionSummary.EmgFilter;
import org.myofuse.api.analysis.SessionSummary.EmgParameters;
import org.myofuse.api.analysis.SessionSummary.Force;
import org.myofuse.api.analysis.SessionSummary.ForceParameters;
import org.myofuse.api.analysis.SessionSummary.Mat;
import org.myofuse.api.analysis.SessionSummary.MatParameters;
import org.myofuse.api.analysis.SessionSummary.Parameters;
import org.myofuse.api.analysis.SessionSummary.Response;
import org.myofuse.api.analysis.SessionSummary.ResponseEvent;
import org.myofuse.api.analysis.SessionSummary.ResponseParameters;
import org.myofuse.api.analysis.SessionSummary.Stream;
import org.myofuse.api.analysis.SessionSummary.Stroke;
import org.myofuse.api.analysis.SessionSummary.StrokeDose;

/**
 * Hand-built summaries for the format's corner cases, which no simulated session produces on purpose:
 * non-finite numbers, negative zero, magnitudes at and beyond the plain-notation range, a rounding tie,
 * extreme integers, strings that need escaping, empty lists and nested nulls.
 */
public final class SummaryExamples {

    /** Every character class the string rules treat differently, in one string. */
    public static final String AWKWARD = "quote \" backslash \\ slash / newline \n return \r tab \t backspace \b"
            + " formfeed \f nul \u0000 unit separator \u001f delete \u007f accented \u00e9 check \u2713"
            + " clef \ud834\udd1e line separator \u2028 end";

    private SummaryExamples() {
    }

    /** A summary with every section present and every number rule exercised. */
    public static SessionSummary corners() {
        return new SessionSummary(SessionSummary.FORMAT, SessionSummary.VERSION, Double.NaN, Double.POSITIVE_INFINITY,
                Long.MAX_VALUE, streams(), force(), emg(), mat(), response(), parameters());
    }

    private static List<Stream> streams() {
        return List.of(
                new Stream("tool \"one\"", "force", 1000, 3, 0, Long.MAX_VALUE, -0.0),
                new Stream(AWKWARD, "emg", 2000, Integer.MAX_VALUE, 1, 2, Double.NEGATIVE_INFINITY),
                new Stream("", "mat", 100, Integer.MIN_VALUE, Long.MIN_VALUE, 0, Double.NaN));
    }

    private static Force force() {
        return new Force("tool \"one\"", 2, 1.5e-7, 1e-6, 9.99999999e-7, 1e15, 999_999_999_999_999.9, Double.MAX_VALUE,
                Double.MIN_VALUE, -Double.MIN_VALUE, 12_345_678.25, 12_345_678.75, -1, List.of(
                        new Stroke(1, 0.1, 100.0, 3600.123456789, -27.7, 123_456_789_012.0, 6.067291534321, 1.0 / 3,
                                2.0 / 3),
                        new Stroke(0, -0.0, Double.NaN, 1e-300, -1e300, 1e21, 1.5e-6, 2e15, -2e-15)));
    }

    private static Emg emg() {
        return new Emg(List.of(
                new EmgChannel("emg", "L_a", "%MVC", 80, 8.5, 6.25, 140, 6.25, List.of(), Double.NaN, Double.NaN, 0),
                new EmgChannel("emg", AWKWARD, "uV", Double.NaN, 0.000123456789, 1e-7, 1e7, Double.NaN,
                        List.of(0.5, -0.0, Double.NaN, 1e-9, 12.0), 224.806499, -9.96978276, 40)),
                List.of());
    }

    private static Mat mat() {
        return new Mat("mat", 0, Double.NaN, 0.486083264, -136.713247, 0, Double.NaN, null, 50, 50, Double.NaN,
                Double.NaN);
    }

    private static Response response() {
        return new Response(List.of("emg/L_a", AWKWARD), 2,
                List.of(new ResponseEvent(5.37, "emg/L_a", 27.8114746, "%MVC", AWKWARD)), List.of(),
                List.of(new StrokeDose(1, 3.07, 4.25, 8.37969172, 6.73363214, Double.NaN, "mixed", true, "emg/L_a",
                        340, Double.NaN, false),
                        new StrokeDose(2, 5, 6, 0, 0, 0, "", false, "", Double.NaN, 0, true)),
                new DoseFit("peak normal force", "N", "mixed", 1, Double.NaN, Double.NaN, Double.NaN),
                new DoseFit("impulse", "N s", "%MVC", 2, 125.543622, -859.026644, -1));
    }

    private static Parameters parameters() {
        EmgParameters emg = new EmgParameters(20, 450, 4, 50, 3, 2, 100, List.of(), "threshold", 3, 25, 0, 0, 1, 50, 1,
                List.of(new EmgFilter("emg", 250, 20, 112.5, 450, true, 4, List.of(), 2, 100, 50),
                        new EmgFilter(AWKWARD, 2000, 20, 450, 450, false, 4, List.of(50.0, 100.0, 150.0), 2, 100,
                                50)));
        ForceParameters force = new ForceParameters(1, 30, 1, 0.05, 100, 40, 4, 8, 50, 20, 0.5, 0);
        return new Parameters(100, 0, 60, 0.5, -0.0, 1e-12, emg, force, new MatParameters(1, 30, AWKWARD),
                new ResponseParameters(List.of(), 5, 10, 1000, 100, 300, 300, 12, 100));
    }
}
