package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.fusion.summary.SummaryCodec;
import org.myofuse.fusion.summary.SummaryExamples;

/**
 * The summary's bytes are a public format (docs/summary.md): these fixtures were written by the
 * format's first writer and every later writer must reproduce them byte for byte.
 */
class SummaryGoldenBytesTest {

    /** The bytes of a summary as the bundle writes them. */
    static String json(SessionSummary s) {
        return SummaryCodec.write(s);
    }

    /** A fixture under src/test/resources/summary/, exactly as stored. */
    static byte[] fixture(String name) {
        try (InputStream in = SummaryGoldenBytesTest.class.getResourceAsStream("/summary/" + name)) {
            assertNotNull(in, "fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Analyses {@code seconds} of the reference session's devices with the given stream ids. */
    static SessionSummary simulated(double seconds, int... streams) {
        FusionSessionAnalysis a = SessionAnalysisTest.analysis();
        List<SimulatedSession.Source> all = SessionAnalysisTest.devices();
        List<SimulatedSession.Source> chosen = Arrays.stream(streams).mapToObj(all::get).toList();
        SimulatedSession.feed(a, chosen, seconds, 3, null);
        return a.finish();
    }

    private static void assertBytes(String fixture, SessionSummary s) {
        byte[] expected = fixture(fixture);
        String written = json(s);
        assertEquals(new String(expected, StandardCharsets.UTF_8), written, fixture);
        assertArrayEquals(expected, written.getBytes(StandardCharsets.UTF_8), fixture);
    }

    @Test
    void shouldWriteTheThreeDeviceSessionAsTheFixture() {
        assertBytes("three-devices.json", simulated(SessionAnalysisTest.SECONDS, 0, 1, 2));
    }

    @Test
    void shouldWriteAbsentDevicesAsNullSections() {
        assertBytes("force-only.json", simulated(20, 0));
        assertBytes("emg-only.json", simulated(20, 1));
        assertBytes("no-devices.json", SessionAnalysisTest.analysis().finish());
    }

    @Test
    void shouldWriteNumberAndStringCornersAsTheFixture() {
        assertBytes("corners.json", SummaryExamples.corners());
    }
}
