package org.myofuse.example.forcegauge.gcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineAssemblerTest {

    private final LineAssembler assembler = new LineAssembler();
    private final List<String> seen = new ArrayList<>();
    private final LineSink sink = new LineSink() {
        @Override
        public void line(byte[] line, int length, long arrivalNanos) {
            seen.add(new String(line, 0, length, StandardCharsets.US_ASCII) + "@" + arrivalNanos);
        }

        @Override
        public void overlong(int bytes, long arrivalNanos) {
            seen.add("overlong " + bytes + "@" + arrivalNanos);
        }
    };

    private void feed(String text, long arrival) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        assembler.accept(b, 0, b.length, arrival, sink);
    }

    @Test
    void crLfEndsALineAndTheEmptyLineBetweenIsSkipped() {
        feed("6.52 N\r\n-1.25 lbF\r\n", 1);
        assertEquals(List.of("6.52 N@1", "-1.25 lbF@1"), seen);
    }

    @Test
    void aLineSplitOverReadsIsStampedWithTheReadThatEndedIt() {
        for (char c : "6.52 N\r".toCharArray()) {
            feed(Character.toString(c), c);
        }
        feed("\n", 99);
        assertEquals(List.of("6.52 N@" + (int) '\r'), seen);
    }

    @Test
    void aLoneCrOrLfEndsALineToo() {
        feed("1 N\r2 N\n3 N\n\r4 N\r", 0);
        assertEquals(List.of("1 N@0", "2 N@0", "3 N@0", "4 N@0"), seen);
    }

    @Test
    void anOverlongLineIsReportedOnceWholeAndTheNextLineIsClean() {
        String longLine = "9".repeat(Gcl.MAX_LINE + 40);
        feed(longLine.substring(0, 30), 1);
        feed(longLine.substring(30) + "\r\n5.00 N\r\n", 2);
        assertEquals(List.of("overlong " + longLine.length() + "@2", "5.00 N@2"), seen);
    }

    @Test
    void aLineOfExactlyTheMaximumIsKept() {
        String line = "1".repeat(Gcl.MAX_LINE);
        feed(line + "\r\n", 3);
        assertEquals(List.of(line + "@3"), seen);
    }

    @Test
    void resetForgetsAPartialLine() {
        feed("6.5", 1);
        assembler.reset();
        feed("2 N\r\n", 2);
        assertEquals(List.of("2 N@2"), seen);
    }
}
