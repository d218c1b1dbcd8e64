package org.myofuse.line.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineDecoderTest {

    private static final List<String> KEYS = List.of("fz", "fx", "temp");

    /** Collects what the decoder reports. */
    private static final class Collect implements LineSink {
        final List<double[]> samples = new ArrayList<>();
        final List<LineDecoder.Rejection> rejections = new ArrayList<>();
        final List<Long> arrivals = new ArrayList<>();
        int ignoredBytes;

        @Override
        public void sample(double[] values, long arrivalNanos) {
            samples.add(values.clone());
            arrivals.add(arrivalNanos);
        }

        @Override
        public void rejected(LineDecoder.Rejection why, int bytes) {
            rejections.add(why);
        }

        @Override
        public void ignored(int bytes) {
            ignoredBytes += bytes;
        }
    }

    private static LineSyntax syntax(LineFormat format, Separator separator, String prefix, int max, boolean trailing) {
        return new LineSyntax(format, separator, KEYS, prefix, max, trailing);
    }

    private static Collect decode(LineSyntax syntax, String wire) {
        var sink = new Collect();
        byte[] bytes = wire.getBytes(StandardCharsets.ISO_8859_1);
        new LineDecoder(syntax, sink).accept(bytes, 0, bytes.length, 5);
        return sink;
    }

    @ParameterizedTest
    @EnumSource(Separator.class)
    void linesWrittenByTheEncoderDecodeToTheirNumbersWithEverySeparator(Separator separator) {
        for (LineFormat format : LineFormat.values()) {
            var syntax = syntax(format, separator, "", 256, false);
            String wire = LineEncoder.line(syntax, new String[] {"12.5", "-0.25", "1e3"}, "\r\n")
                    + LineEncoder.line(syntax, new String[] {"84210", "+7", "-3.5E-2"}, "\n");
            var got = decode(syntax, wire);
            assertEquals(2, got.samples.size(), format + " " + separator + ": " + wire);
            assertArrayEquals(new double[] {12.5, -0.25, 1000}, got.samples.get(0));
            assertArrayEquals(new double[] {84210, 7, -0.035}, got.samples.get(1));
            assertEquals(List.of(), got.rejections);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r", "\r\n", "\n\r"})
    void everyLineEndingEndsALineAndEmptyLinesAreNotSamples(String ending) {
        var syntax = syntax(LineFormat.VALUES, Separator.COMMA, "", 64, false);
        var got = decode(syntax, "1,2,3" + ending + ending + "4,5,6" + ending);
        assertEquals(2, got.samples.size());
        assertArrayEquals(new double[] {4, 5, 6}, got.samples.get(1));
        assertEquals(List.of(), got.rejections);
    }

    @Test
    void aLineCutAcrossReadsOneByteAtATimeIsStampedWithTheReadThatEndsIt() {
        var sink = new Collect();
        var decoder = new LineDecoder(syntax(LineFormat.KEYVALUE, Separator.WHITESPACE, "", 64, false), sink);
        byte[] wire = "fz=1.5  temp=20 fx=-2\r\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < wire.length; i++) {
            decoder.accept(wire, i, 1, 100 + i);
        }
        assertEquals(1, sink.samples.size());
        assertArrayEquals(new double[] {1.5, -2, 20}, sink.samples.get(0), "keys in any order");
        assertEquals(100 + wire.length - 2, sink.arrivals.get(0), "stamped at the CR");
    }

    @Test
    void numbersParseExactlyAsJavaDoesForUpToFifteenDigits() {
        var random = new SplittableRandom(42);
        var syntax = new LineSyntax(LineFormat.VALUES, Separator.COMMA, List.of("v"), "", 64, false);
        for (int i = 0; i < 20_000; i++) {
            long mantissa = random.nextLong(1_000_000_000_000_000L / 1000) * (random.nextBoolean() ? 1 : -1);
            int decimals = random.nextInt(16);
            String text = LineEncoder.fixed(mantissa / (long) Math.pow(10, random.nextInt(8)), decimals);
            if (random.nextInt(4) == 0) {
                text += "e" + (random.nextInt(27) - 7);
            }
            var got = decode(syntax, text + "\n");
            assertEquals(1, got.samples.size(), text);
            assertEquals(Double.parseDouble(text), got.samples.get(0)[0], text);
        }
    }

    @Test
    void malformedLinesAreRejectedByReasonAndTheCleanLineAfterEachIsKept() {
        var syntax = syntax(LineFormat.VALUES, Separator.COMMA, "", 32, false);
        String clean = "1,2,3\n";
        String wire = "1,2\n" + clean + "1,2,3,4\n" + clean + "1,x2,3\n" + clean + "1,2,3.\u00ff\n" + clean
                + "1,,3\n" + clean + "1,2,3e\n" + clean + "9".repeat(100) + "\n" + clean + "--1,2,3\n" + clean
                + "nan,2,3\n" + clean;
        var got = decode(syntax, wire);
        assertEquals(9, got.samples.size());
        for (double[] s : got.samples) {
            assertArrayEquals(new double[] {1, 2, 3}, s);
        }
        assertEquals(List.of(LineDecoder.Rejection.FIELD_COUNT, LineDecoder.Rejection.FIELD_COUNT,
                LineDecoder.Rejection.BAD_NUMBER, LineDecoder.Rejection.BAD_NUMBER, LineDecoder.Rejection.BAD_NUMBER,
                LineDecoder.Rejection.BAD_NUMBER, LineDecoder.Rejection.OVERLONG, LineDecoder.Rejection.BAD_NUMBER,
                LineDecoder.Rejection.BAD_NUMBER), got.rejections);
    }

    @Test
    void keyValueLinesNeedEveryChannelOnceAndNoOtherKey() {
        var syntax = syntax(LineFormat.KEYVALUE, Separator.COMMA, "", 64, false);
        var got = decode(syntax, "fz=1,fx=2\nfz=1,fx=2,temp=3,fz=4\nfz=1,fx=2,tmp=3\nfz=1,fx=2,temp\n"
                + "fz=1, fx = 2 ,temp=3\n");
        assertEquals(List.of(LineDecoder.Rejection.FIELD_COUNT, LineDecoder.Rejection.BAD_KEY,
                LineDecoder.Rejection.BAD_KEY, LineDecoder.Rejection.BAD_NUMBER), got.rejections);
        assertEquals(1, got.samples.size());
        assertArrayEquals(new double[] {1, 2, 3}, got.samples.get(0));
    }

    @Test
    void aPrefixIsStrippedLinesWithoutItAreIgnoredAndAUnitWordMayFollow() {
        var syntax = new LineSyntax(LineFormat.VALUES, Separator.WHITESPACE, List.of("w"), "Reading:", 64, true);
        var got = decode(syntax, "HX711 ready\r\nReading: 12.3 lbs\r\nReading:-0.5\r\nReading: 1 2\r\n");
        assertEquals(List.of(12.3, -0.5), got.samples.stream().map(s -> s[0]).toList());
        assertEquals(List.of(LineDecoder.Rejection.FIELD_COUNT), got.rejections, "a second number is not a unit");
        assertEquals("HX711 ready".length(), got.ignoredBytes);
    }

    @Test
    void tabSeparatedFieldsMayBeSurroundedBySpacesButNotEmpty() {
        var syntax = syntax(LineFormat.VALUES, Separator.TAB, "", 64, false);
        var got = decode(syntax, "1\t 2 \t3\n1\t\t3\n");
        assertEquals(1, got.samples.size());
        assertArrayEquals(new double[] {1, 2, 3}, got.samples.get(0));
        assertEquals(List.of(LineDecoder.Rejection.BAD_NUMBER), got.rejections);
    }

    @Test
    void joiningMidLineDropsTheTailUncountedSoItCannotPassAsAValidLine() {
        var sink = new Collect();
        var decoder = new LineDecoder(syntax(LineFormat.VALUES, Separator.COMMA, "", 64, false), sink);
        decoder.resetMidLine();
        byte[] wire = "21,5,23.41\r\n84321,6,23.41\r\n".getBytes(StandardCharsets.US_ASCII); // "843" was missed
        decoder.accept(wire, 0, wire.length, 1);
        assertEquals(1, sink.samples.size());
        assertArrayEquals(new double[] {84321, 6, 23.41}, sink.samples.get(0));
        assertEquals(List.of(), sink.rejections);
    }

    @Test
    void anOverlongLineCutAcrossReadsIsOneRejectionAndResetForgetsAPartialLine() {
        var sink = new Collect();
        var decoder = new LineDecoder(syntax(LineFormat.VALUES, Separator.COMMA, "", 8, false), sink);
        byte[] chunk = "123456".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 5; i++) {
            decoder.accept(chunk, 0, chunk.length, i);
        }
        byte[] end = "\n1,2,3\n7,".getBytes(StandardCharsets.US_ASCII);
        decoder.accept(end, 0, end.length, 9);
        decoder.reset();
        byte[] after = "8,9\n".getBytes(StandardCharsets.US_ASCII);
        decoder.accept(after, 0, after.length, 10);
        assertEquals(List.of(LineDecoder.Rejection.OVERLONG, LineDecoder.Rejection.FIELD_COUNT), sink.rejections,
                "one rejection for 31 bytes; then '7,' was forgotten, so '8,9' alone has too few fields");
        assertEquals(1, decoder.rejections(LineDecoder.Rejection.OVERLONG));
        assertEquals(1, sink.samples.size());
    }
}
