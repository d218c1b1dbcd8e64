package org.myofuse.protocols.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.store.JournalEntry;

class CalibrationAndAssessmentTest {

    private static final String BASELINE = """
            - id: baseline
              type: calibration
              kind: resting-baseline
              title: Baseline
              instruction: Stand still.
              duration: {value: 3, unit: s, source: clinic default}
              emg: [multifidus-left, erector-spinae-left]
              stance: true
            """;

    private static final String MVC = """
            - id: mvc
              type: calibration
              kind: mvc
              title: MVC
              instruction: Maximal effort.
              muscles:
                - {muscle: multifidus-left, instruction: "Lift the trunk"}
                - {muscle: gluteus-maximus-left, instruction: "Lift the thigh"}
              repetitions: {value: 2, source: clinic default}
              contraction: {value: 2, unit: s, source: clinic default}
              rest: {value: 1, unit: s, source: clinic default}
            """;

    private static final String TARE = """
            - id: tare
              type: calibration
              kind: tool-tare
              title: Tare
              instruction: Lift the tool.
              hold: {value: 1, unit: s, source: clinic default}
              maxLoad: {value: 0.5, unit: N, source: clinic default}
            """;

    private static final String FUNCTIONAL = """
            - id: bridge-test
              type: assessment
              kind: functional-movement
              title: Single-leg bridge
              instruction: Left first.
              movement: single-leg-bridge
              left: gluteus-maximus-left
              right: gluteus-maximus-right
              activation: {value: 10, unit: "%MVC", source: clinic default}
              repetitions: {value: 2, source: clinic default}
              hold: {value: 1, unit: s, source: clinic default}
              asymmetryLimit: {value: 20, unit: "%", source: clinic default}
            """;

    private static final String STANCE = """
            - id: sway
              type: assessment
              kind: quiet-stance
              title: Quiet stance
              instruction: Stand still.
              duration: {value: 25, unit: s, source: clinic default}
              eyes: open
              surface: firm
            """;

    @Test
    void aRestingBaselineRecordsEachMusclesNoiseFloorAndTheSway() {
        Harness h = new Harness(Harness.protocol(BASELINE)).start();
        assertEquals(List.of("step.start", "calibration.relax", "stance.still"), h.cueCodes());
        h.run(3.05, f -> {
            f.emg("L_multifidus", (f.nanos / Harness.FRAME) % 2 == 0 ? 3 : 5);
            f.emg("L_erector_spinae", 2);
            f.copX = (f.nanos / Harness.FRAME) % 2 == 0 ? 1 : -1;
        });
        List<JournalEntry> cal = h.entries("CALIBRATION");
        assertEquals(2, cal.size(), cal.toString());
        assertEquals("amp/L_multifidus", cal.get(0).source());
        assertEquals(4, cal.get(0).value(), 0.02);
        assertEquals("uV", cal.get(0).unit());
        assertTrue(cal.get(0).detail().startsWith("noise floor multifidus-left: mean 4.0"), cal.get(0).detail());
        String result = h.entries("STEP_RESULT").get(0).detail();
        assertTrue(result.startsWith("noise floor of 2/2 muscles; sway path 598 mm, mean speed 200.0 mm/s"), result);
        assertTrue(h.core.state().ended());
    }

    @Test
    void anMvcContractsMuscleByMuscleSetsTheHighestEnvelopeAndFromThenOnReadsPercentMvc() {
        Harness h = new Harness(Harness.protocol(MVC)).start();
        Cue contract = h.cues.get(1);
        assertEquals("calibration.contract", contract.code());
        assertEquals("Contract left lumbar multifidus as hard as possible", contract.text());
        h.run(2.05, f -> f.emg("L_multifidus", 150));
        assertEquals("calibration.relax", h.cueCodes().get(h.cues.size() - 1));
        assertEquals(1, h.core.state().step().repetitionsDone());
        h.run(1, f -> f.emg("L_multifidus", 5));
        h.run(2, f -> f.emg("L_multifidus", 200));
        assertEquals(List.of("amp/L_multifidus=200"), h.mvcs);
        assertEquals(200, h.entries("CALIBRATION").get(0).value(), 1e-9);
        assertTrue(Double.isNaN(h.core.values.pct[h.core.values.muscle("gluteus-maximus-left")]), "not calibrated yet");
        h.run(0.1, f -> f.emg("L_multifidus", 50));
        assertEquals(25, h.core.values.pct[h.core.values.muscle("multifidus-left")], 1e-9, "50 uV of 200 uV");
        h.run(1.0, f -> f.emg("L_multifidus", 5));
        assertEquals("Contract left gluteus maximus as hard as possible", h.cues.get(h.cues.size() - 1).text());
        h.run(6, f -> f.emg("L_glute_max", 300));
        assertEquals(List.of("amp/L_multifidus=200", "amp/L_glute_max=300"), h.mvcs);
        assertEquals("4/4 contractions, 2/2 muscles calibrated: multifidus-left 200 uV, gluteus-maximus-left 300 uV",
                h.entries("STEP_RESULT").get(0).detail());
    }

    @Test
    void aTareWaitsForTheUnloadedToolHeldStillThenZeroesIt() {
        Harness h = new Harness(Harness.protocol(TARE)).start();
        assertEquals("tare.lift", h.cueCodes().get(1));
        h.run(0.8, f -> f.normal = 0.2);
        h.run(0.1, f -> f.normal = 2);
        h.run(0.8, f -> f.normal = 0.2);
        assertEquals(0, h.tares, "the hold starts over after a load");
        h.run(0.3, f -> f.normal = 0.2);
        assertEquals(1, h.tares);
        JournalEntry tare = h.entries("CALIBRATION").get(0);
        assertEquals("tool", tare.source());
        assertEquals("N", tare.unit());
        assertTrue(h.core.state().ended());
    }

    @Test
    void aFunctionalMovementCountsLeftThenRightAndRecordsTheAsymmetry() {
        Harness h = new Harness(Harness.protocol(MVC + FUNCTIONAL)).start();
        h.core.values.mvc(h.core.values.muscle("gluteus-maximus-left"), 100);
        h.core.values.mvc(h.core.values.muscle("gluteus-maximus-right"), 100);
        h.core.skip();
        assertEquals("bridge-test", h.stepId());
        for (int rep = 0; rep < 2; rep++) {
            h.run(1.5, f -> f.emg("L_glute_max", 20));
            h.run(0.5, f -> f.emg("L_glute_max", 2));
        }
        assertEquals(2, h.core.state().step().repetitionsDone());
        h.run(1.5, f -> f.emg("L_glute_max", 40));
        h.run(0.5, f -> f.emg("L_glute_max", 2));
        assertEquals(2, h.core.state().step().repetitionsDone(), "the left is done: the right counts now");
        h.run(0.5, f -> f.emg("R_glute_max", 30));
        h.run(0.5, f -> f.emg("R_glute_max", 2));
        assertEquals(2, h.core.state().step().repetitionsDone(), "shorter than the hold: not counted");
        for (int rep = 0; rep < 2; rep++) {
            h.run(1.5, f -> f.emg("R_glute_max", 30));
            h.run(0.5, f -> f.emg("R_glute_max", 2));
        }
        Cue asymmetry = h.cues.stream().filter(c -> c.code().equals("asymmetry")).findFirst().orElseThrow();
        assertEquals("Left/right activation differs by 33.3 %", asymmetry.text());
        String result = h.entries("STEP_RESULT").get(1).detail();
        assertEquals("single-leg-bridge: left 2/2, right 2/2 repetitions; mean peak L 20.0 %MVC, R 30.0 %MVC; "
                + "asymmetry 33.3 % (limit 20 %)", result);
        assertTrue(h.core.state().ended());
    }

    @Test
    void aQuietStanceRecordsTheSwayOverItsDuration() {
        Harness h = new Harness(Harness.protocol(STANCE)).start();
        assertEquals("stance.still", h.cueCodes().get(1));
        h.run(24.9, f -> f.copY = (f.nanos / Harness.FRAME) % 2 == 0 ? 0.5 : -0.5);
        assertEquals("sway", h.stepId());
        h.run(0.2);
        String result = h.entries("STEP_RESULT").get(0).detail();
        assertTrue(result.startsWith("quiet stance, eyes open, firm surface: sway path 2489 mm, mean speed 99.6 mm/s"), result);
    }
}
