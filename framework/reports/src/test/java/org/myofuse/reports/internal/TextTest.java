package org.myofuse.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void escapingCoversMarkupNonAsciiAndCharactersXmlForbids() {
        assertEquals("a&lt;b&gt;&amp;&quot;&#39;", Escape.text("a<b>&\"'"));
        assertEquals("&#xB5;V &#x1F600;", Escape.text("\u00b5V \ud83d\ude00"));
        assertEquals("x&#xFFFD;y&#xFFFD;", Escape.text("x\u0001y\udc00"));
    }

    @Test
    void numbersAreLocaleFreeAndTrimmed() {
        assertEquals("-1.5", Num.px(-1.46));
        assertEquals("0", Num.px(-0.04));
        assertEquals("8", Num.auto(8.0));
        assertEquals("8.5", Num.auto(8.5));
        assertEquals("260", Num.auto(260.4));
        assertEquals("0", Num.fixed(-0.0001, 2).replace(".00", ""));
    }

    @Test
    void percentChangeRoundsHalfAwayFromZero() {
        assertEquals("-50%", Baseline.format(Baseline.percentChange(6, 3)));
        assertEquals("+17%", Baseline.format(Baseline.percentChange(6, 7)));
        assertEquals("-13%", Baseline.format(Baseline.percentChange(8, 7)));
        assertEquals("0%", Baseline.format(Baseline.percentChange(4, 4)));
        assertEquals("-", Baseline.format(Baseline.percentChange(0, 3)));
    }

    @Test
    void durationsAndClockTimesReadNaturally() {
        assertEquals("42 s", Texts.duration(42));
        assertEquals("3 min 00 s", Texts.duration(180));
        assertEquals("1 h 02 min 05 s", Texts.duration(3725));
        assertEquals("12:05.3", Texts.clock(725.3));
    }

    @Test
    void ticksLandOnRoundNumbers() {
        Axis axis = Axis.of("force (N)", 0, 17.3).nice(6);
        assertEquals(20, axis.max(), 1e-9);
        assertEquals("15", axis.tickLabel(15, 6));
        Axis minutes = Axis.time(0, 3600);
        assertEquals("time (min)", minutes.label());
        assertEquals("10", minutes.tickLabel(600, 8));
    }

    @Test
    void strokeNumbersThinOutToRoundStepsWhenTheyWouldOverlap() {
        assertEquals(1, ForceSection.labelEvery(30, 608));
        assertEquals(50, ForceSection.labelEvery(600, 608));
    }
}
