package org.myofuse.fusion.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.myofuse.api.analysis.SessionSummary;

/** Reading the summary document back: nulls, unknown keys, version 1, and one line naming what is wrong. */
class SummaryCodecTest {

    /** The hand-built corner-case summary as written (src/test/resources/summary/corners.json). */
    private static final String CORNERS = resource("corners.json");

    static String resource(String name) {
        try (InputStream in = SummaryCodecTest.class.getResourceAsStream("/summary/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }

    /** The corners document with one piece of text replaced; fails if the piece is not there. */
    private static String corners(String from, String to) {
        assertTrue(CORNERS.contains(from), from);
        return CORNERS.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    @Test
    void shouldReadNullAsNaNAndKeepEveryOtherValue() {
        SessionSummary s = SummaryCodec.read(CORNERS);
        assertTrue(Double.isNaN(s.startS()));
        assertTrue(Double.isNaN(s.durationS()), "infinity was written as null");
        assertEquals(Long.MAX_VALUE, s.frames());
        assertEquals(Integer.MIN_VALUE, s.streams().get(2).channels());
        assertEquals(SummaryExamples.AWKWARD, s.streams().get(1).device());
        assertEquals(List.of(0.5, 0.0, Double.NaN, 1e-9, 12.0), s.emg().channels().get(1).onsetsS());
        assertEquals(1.5e-7, s.force().strokeRatePerMin());
        assertEquals(1.79769313e308, s.force().peakShearN());
        assertEquals(12_345_678.2, s.force().timeInTargetS());
        assertTrue(Double.isNaN(s.force().strokes().get(1).endS()));
        assertNull(s.mat().ellipse());
        assertTrue(s.response().strokes().get(0).guarded());
        assertTrue(s.parameters().emg().applied().get(0).notchHz().isEmpty());
    }

    @Test
    void shouldIgnoreKeysItDoesNotKnow() {
        String later = corners("\"version\": 2,", "\"version\": 2, \"note\": {\"by\": [\"a later writer\", null]},")
                .replace("\"number\": 1,", "\"number\": 1, \"tiltDeg\": 3.5,")
                .replace("\"rmsWindowMs\": 100,", "\"rmsWindowMs\": 100, \"window\": \"hann\",")
                .replace("\"withdrawal\": [],", "\"withdrawal\": [], \"tremor\": [],");
        assertNotEquals(CORNERS, later);
        assertEquals(SummaryCodec.read(CORNERS), SummaryCodec.read(later));
    }

    @Test
    void shouldReadAVersion1DocumentAsVersion2WithoutTheFastPath() {
        // the example docs/summary.md published while the format was at version 1 (commit e1414c3^)
        String v1 = resource("version-1-example.json");
        SessionSummary s = SummaryCodec.read(v1);
        assertEquals(SessionSummary.VERSION, s.version());
        assertEquals(0, s.parameters().emg().onsetFastK());
        assertEquals(0, s.parameters().emg().onsetFastDurationMs());
        assertEquals(6.06729153, s.force().meanNormalN());
        assertEquals(385.70218, s.mat().ellipseAreaMm2());
        // written again it is the same document at version 2: the version, and the two keys version 2 added
        String expected = v1.replace("\"version\": 1,", "\"version\": 2,").replace("\"onsetMinDurationMs\": 25,\n",
                "\"onsetMinDurationMs\": 25,\n      \"onsetFastK\": 0,\n      \"onsetFastDurationMs\": 0,\n");
        assertEquals(expected, SummaryCodec.write(s));
    }

    @Test
    void shouldRequireTheVersion2KeysOfAVersion2Document() {
        String without = corners("      \"onsetFastK\": 0,\n", "");
        var e = assertThrows(IllegalArgumentException.class, () -> SummaryCodec.read(without));
        assertEquals("parameters.emg.onsetFastK: missing", e.getMessage());
    }

    static Stream<Arguments> damage() {
        return Stream.of(
                Arguments.of(corners("\"peakShearN\": 6.06729153", "\"peakShearN\": \"6.1\""),
                        "force.strokes[0].peakShearN: expected a number, found the string \"6.1\""),
                Arguments.of(corners("        \"peakNormalN\": -27.7,\n", ""), "force.strokes[0].peakNormalN: missing"),
                Arguments.of(corners("\"peakShearN\": 6.06729153", "\"peakShearN\": {}"),
                        "force.strokes[0].peakShearN: expected a number, found an object"),
                Arguments.of(corners("\"peakShearN\": 6.06729153", "\"peakShearN\": 1e400"),
                        "force.strokes[0].peakShearN: a number beyond the range of a double"),
                Arguments.of(corners("\"strokeCount\": 2,", "\"strokeCount\": null,"),
                        "force.strokeCount: expected an integer, found null"),
                Arguments.of(corners("\"strokeCount\": 2,", "\"strokeCount\": 2.5,"),
                        "force.strokeCount: expected an integer, found the number 2.5"),
                Arguments.of(corners("\"strokeCount\": 2,", "\"strokeCount\": 99999999999,"),
                        "force.strokeCount: expected an integer from -2147483648 to 2147483647, found the number 99999999999"),
                Arguments.of(corners("\"frames\": 9223372036854775807", "\"frames\": \"many\""),
                        "frames: expected an integer, found the string \"many\""),
                Arguments.of(corners("\"highClipped\": true", "\"highClipped\": 1"),
                        "parameters.emg.applied[0].highClipped: expected true or false, found the number 1"),
                Arguments.of(corners("\"kind\": \"force\"", "\"kind\": 5"), "streams[0].kind: expected a string, found the number 5"),
                Arguments.of(corners("\"kind\": \"force\"", "\"kind\": null"), "streams[0].kind: expected a string, found null"),
                Arguments.of(corners("\"asymmetry\": []", "\"asymmetry\": null"), "emg.asymmetry: expected a list, found null"),
                Arguments.of(corners("\"asymmetry\": []", "\"asymmetry\": {}"), "emg.asymmetry: expected a list, found an object"),
                Arguments.of(corners("[0.5, 0, null, 1E-9, 12]", "[0.5, \"0\"]"),
                        "emg.channels[1].onsetsS[1]: expected a number, found the string \"0\""),
                Arguments.of(corners("\"watchedChannels\": [\"emg/L_a\"", "\"watchedChannels\": [null"),
                        "response.watchedChannels[0]: null where a value belongs"),
                Arguments.of(corners("\"withdrawal\": []", "\"withdrawal\": [null]"), "response.withdrawal[0]: null where a value belongs"),
                Arguments.of(corners("\"mat\": {", "\"mat\": 3, \"later\": {"), "mat: expected an object, found the number 3"),
                Arguments.of(corners("\"byImpulse\": {", "\"byImpulse\": null, \"later\": {"),
                        "response.byImpulse: expected an object, found null"),
                Arguments.of(corners("\"format\": \"myofuse-summary\"", "\"format\": \"myofuse-report\""),
                        "format: expected \"myofuse-summary\", found the string \"myofuse-report\""),
                Arguments.of(corners("  \"format\": \"myofuse-summary\",\n", ""), "format: expected \"myofuse-summary\", found nothing"),
                Arguments.of(corners("\"version\": 2", "\"version\": 3"),
                        "version: expected 1 to 2 (a newer summary needs a newer Myofuse), found the number 3"),
                Arguments.of(corners("\"version\": 2", "\"version\": \"2\""),
                        "version: expected 1 to 2 (a newer summary needs a newer Myofuse), found the string \"2\""),
                Arguments.of(corners("\"kind\": \"force\"", "\"kind\": \"force\", \"kind\": \"emg\""),
                        "unreadable JSON at line 10, column 30: Duplicate Object property \"kind\""),
                Arguments.of("{\"format\": ", "unreadable JSON at line 1, column 12: Unexpected end-of-input within/between Object entries"),
                Arguments.of("", "not a myofuse-summary document: the top level is nothing, not an object"),
                Arguments.of("[]", "not a myofuse-summary document: the top level is a list, not an object"));
    }

    @ParameterizedTest
    @MethodSource("damage")
    void shouldRefuseADamagedDocumentInOneLineNamingTheField(String json, String message) {
        var e = assertThrows(IllegalArgumentException.class, () -> SummaryCodec.read(json));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void shouldRefuseTextAfterTheDocument() {
        var e = assertThrows(IllegalArgumentException.class, () -> SummaryCodec.read(CORNERS + "{}"));
        assertTrue(e.getMessage().startsWith("unreadable JSON at line 269, column 1: "), e.getMessage());
    }
}
