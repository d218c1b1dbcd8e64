package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.api.analysis.SessionSummary.Emg;
import org.myofuse.api.analysis.SessionSummary.EmgChannel;
import org.myofuse.api.analysis.SessionSummary.EmgFilter;
import org.myofuse.api.analysis.SessionSummary.EmgParameters;
import org.myofuse.api.analysis.SessionSummary.ForceParameters;
import org.myofuse.api.analysis.SessionSummary.MatParameters;
import org.myofuse.api.analysis.SessionSummary.Parameters;
import org.myofuse.api.analysis.SessionSummary.ResponseParameters;

/** The terminal text of summaries built by hand: what a therapist reads for sessions with and without each device. */
class SummaryTextTest {

    private static final String EMG_DEVICE = "org.myofuse.device.sim_emg~left-leg";

    @Test
    void aSessionWithoutAMatShouldSaySo() {
        String text = SummaryText.of(summary(emg(), List.of(filter(450, 450, false))));
        assertTrue(text.lines().anyMatch(l -> l.matches("Mat \\.+ no pressure mat")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("Force \\.+ no force tool")), text);
        assertFalse(text.contains("centre of pressure"), "no mat figures without a mat: " + text);
    }

    @Test
    void anEmgChainWhoseLowPassWasClippedShouldSayFromWhat() {
        // A 500 Hz amplifier cannot carry the 450 Hz low-pass: it is clipped below Nyquist (250 Hz).
        String text = SummaryText.of(summary(emg(), List.of(filter(240, 450, true))));
        String line = text.lines().filter(l -> l.startsWith("  EMG filter left-leg ")).findFirst().orElseThrow();
        assertEquals("  EMG filter left-leg ....... 20.0-240.0 Hz (clipped from 450.0 Hz below Nyquist), notch 50/100 Hz",
                line);
    }

    @Test
    void anEmgChainThatWasNotClippedShouldNotMentionClipping() {
        String text = SummaryText.of(summary(emg(), List.of(filter(450, 450, false))));
        assertTrue(text.contains("  EMG filter left-leg ....... 20.0-450.0 Hz, notch 50/100 Hz\n"), text);
        assertFalse(text.contains("clipped"), text);
    }

    @Test
    void channelsShouldBeNamedAsConfiguredWithNotMeasuredValuesAsNa() {
        String text = SummaryText.of(summary(emg(), List.of()));
        assertTrue(text.contains("  left-leg/ch1 .............. RMS 12.50 uV, envelope mean 3.20 uV, 2 onsets, "
                + "median frequency n/a Hz (n/a Hz/min)\n"), text);
        assertFalse(text.contains(EMG_DEVICE), "configuration ids stay out of the text: " + text);
    }

    @Test
    void aSessionWithoutEmgShouldSaySo() {
        assertTrue(SummaryText.of(summary(null, List.of())).lines().anyMatch(l -> l.matches("EMG \\.+ no EMG amplifier")));
    }

    private static Emg emg() {
        return new Emg(List.of(new EmgChannel(EMG_DEVICE, "ch1", "uV", Double.NaN, 12.5, 3.2, 9.0, Double.NaN,
                List.of(1.5, 4.25), Double.NaN, Double.NaN, 0)), List.of());
    }

    private static EmgFilter filter(double highHz, double requestedHighHz, boolean clipped) {
        return new EmgFilter(EMG_DEVICE, 500, 20, highHz, requestedHighHz, clipped, 4, List.of(50.0, 100.0), 2, 50, 6);
    }

    private static SessionSummary summary(Emg emg, List<EmgFilter> filters) {
        var emgParameters = new EmgParameters(20, 450, 4, 50, 2, 2, 50, List.of(), "hodges-bui", 3, 25, 0, 0, 1, 6, 1,
                filters);
        var force = new ForceParameters(1, 20, 0.5, 0.3, 100, 50, 2, 8, 200, 15, 0.2, 10);
        var response = new ResponseParameters(List.of(), 20, 30, 300, 100, 200, 500, 10, 200);
        var parameters = new Parameters(100, 500, 10, 0, 0, 0, emgParameters, force, new MatParameters(1, 10, "whole"),
                response);
        return new SessionSummary(SessionSummary.FORMAT, SessionSummary.VERSION, 0, 60, 6000,
                List.of(new SessionSummary.Stream(EMG_DEVICE, "EMG", 500, 1, 30000, 0, 0)), null, emg, null, null,
                parameters);
    }
}
