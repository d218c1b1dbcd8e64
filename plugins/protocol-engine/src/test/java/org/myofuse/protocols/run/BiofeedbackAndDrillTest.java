package org.myofuse.protocols.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.Target;

class BiofeedbackAndDrillTest {

    private static final String BIOFEEDBACK = """
            - id: multifidus
              type: biofeedback
              title: Multifidus
              instruction: Swell the muscle.
              muscle: multifidus-left
              target: {min: 20, max: 45, unit: "%MVC", source: clinic default}
              ceilings:
                - {muscle: erector-spinae-left, max: {value: 30, unit: "%MVC", source: clinic default}}
              hold: {value: 2, unit: s, source: clinic default}
              repetitions: {value: 2, source: clinic default}
              rest: {value: 1, unit: s, source: clinic default}
            """;

    private static final String DRILL = """
            - id: shift
              type: drill
              title: Weight shift
              instruction: Shift to the right.
              movement: weight-shift
              surface: firm
              side: right
              repetitions: {value: 3, source: clinic default}
              hold: {value: 2, unit: s, source: clinic default}
              rest: {value: 1, unit: s, source: clinic default}
              criteria:
                - {metric: copX, min: 40, unit: mm, mode: reach, source: clinic default}
                - {metric: "emg:erector-spinae-left", max: 45, unit: "%MVC", mode: throughout, source: clinic default}
            """;

    private static Harness calibrated(String steps) {
        Harness h = new Harness(Harness.protocol(steps));
        for (String m : List.of("multifidus-left", "erector-spinae-left")) {
            h.core.values.mvc(h.core.values.muscle(m), 100);
        }
        return h.start();
    }

    @Test
    void aBiofeedbackHoldCountsOnceTheMuscleStayedInItsBandUnderTheCeilingsForTheHold() {
        Harness h = calibrated(BIOFEEDBACK);
        List<Target> targets = h.core.state().step().targets();
        assertEquals(new Target("emg:multifidus-left", 20, 45, Double.NaN, "%MVC", "target left lumbar multifidus"),
                targets.get(0));
        assertEquals(30, targets.get(1).high());
        assertEquals("Hold (1 of 2)", h.cues.get(1).text());
        h.run(0.5, f -> f.emg("L_multifidus", 5));
        assertEquals(0, h.count("emg.activate"), "the patient gets a second to react");
        h.run(0.6, f -> f.emg("L_multifidus", 5));
        Cue activate = h.cues.get(h.cues.size() - 1);
        assertEquals("emg.activate", activate.code());
        assertEquals("Activate left lumbar multifidus a little more", activate.text());
        h.run(1.5, f -> {
            f.emg("L_multifidus", 30);
            f.emg("L_erector_spinae", 35);
        });
        assertEquals("Relax left erector spinae (longissimus) a little", h.cues.get(h.cues.size() - 1).text());
        h.run(1.9, f -> {
            f.emg("L_multifidus", 30);
            f.emg("L_erector_spinae", 10);
        });
        assertEquals(0, h.core.state().step().repetitionsDone());
        h.run(0.2);
        assertEquals(1, h.core.state().step().repetitionsDone());
        assertEquals(List.of("rep.good", "rest.start"), h.cueCodes().subList(h.cues.size() - 2, h.cues.size()));
        h.run(1.05, f -> f.emg("L_multifidus", 2));
        assertEquals("Hold (2 of 2)", h.cues.get(h.cues.size() - 1).text());
        h.run(2.1, f -> f.emg("L_multifidus", 30));
        assertTrue(h.core.state().ended());
        assertEquals(1.0, h.entries("STEP_RESULT").get(0).value());
        assertEquals("2/2 holds of 2.0 s in 20-45 %MVC (2 begun)", h.entries("STEP_RESULT").get(0).detail());
    }

    @Test
    void aDrillJudgesEveryRepetitionAgainstItsCriteriaAtTheEndOfItsHold() {
        Harness h = calibrated(DRILL);
        h.run(2.05, f -> {
            f.copX = f.nanos % 1_000_000_000L < 500_000_000L ? 45 : 10; // reaches 40 mm
            f.emg("L_erector_spinae", 20);
        });
        assertEquals("rep.good", h.cueCodes().get(h.cues.size() - 2));
        h.run(1.0, f -> f.copX = 0);
        h.run(2.0, f -> {
            f.copX = 30; // never reaches
            f.emg("L_erector_spinae", 20);
        });
        assertEquals("rep.poor", h.cueCodes().get(h.cues.size() - 2));
        h.run(1.0, f -> f.copX = 0);
        h.run(2.0, f -> {
            f.copX = 50;
            f.emg("L_erector_spinae", (f.nanos / Harness.FRAME) % 100 == 0 ? 50 : 20); // one frame over: throughout fails
        });
        assertEquals("rep.poor", h.cueCodes().get(h.cues.size() - 2));
        assertTrue(h.core.state().ended());
        assertEquals(1.0 / 3, h.entries("STEP_RESULT").get(0).value(), 1e-9);
        assertEquals("3/3 repetitions, 1 good (weight-shift, firm, right)", h.entries("STEP_RESULT").get(0).detail());
        assertEquals(2, h.entries("CUE").stream().filter(e -> e.detail().startsWith("rep.poor advisory")).count());
    }
}
