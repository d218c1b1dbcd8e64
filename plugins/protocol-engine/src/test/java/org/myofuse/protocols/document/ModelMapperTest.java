package org.myofuse.protocols.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.Severity;
import org.myofuse.api.protocol.StepType;
import org.myofuse.api.protocol.Tone;
import org.myofuse.protocols.model.Band;
import org.myofuse.protocols.model.Condition;
import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Metric;
import org.myofuse.protocols.model.Protocol;
import org.myofuse.protocols.model.Quantity;
import org.myofuse.protocols.model.Step;

/** The model the engine runs holds what the document says, with the cue styles complete. */
class ModelMapperTest {

    private final Protocol model = new Compile().protocol("p.yaml", Compile.validText()).model().orElseThrow();

    @Test
    void stepsKeepTheirTypeKindAndParameters() {
        assertEquals(List.of(StepType.CALIBRATION, StepType.RELEASE, StepType.CALIBRATION, StepType.BIOFEEDBACK),
                model.steps().stream().map(Step::type).toList());
        assertEquals(List.of("tool-tare", "release", "mvc", "biofeedback"), model.steps().stream().map(Step::kind).toList());
        Step.Release release = (Step.Release) model.steps().get(1);
        assertEquals("thoracolumbar-fascia-left", release.region());
        assertEquals(new Band(6, 9, "N", "stevenson2023"), release.targetNormalForce());
        assertEquals(Optional.empty(), release.targetShearForce());
        assertEquals(10, release.repetitionsTarget());
        assertTrue(Double.isNaN(release.plannedSeconds()));
        assertEquals(new Quantity(15, "N", "clinic default"), release.overpressureLimit());
        assertEquals(List.of("multifidus-left"), release.guarding().muscles());
        assertEquals(new Condition.MetricHeld(new Metric(Metric.Kind.NORMAL_FORCE, ""), new Band(Double.NaN, 0.5, "N",
                "clinic default"), new Quantity(10, "s", "clinic default")), release.info().exit().get(0));
        Step.MvcCalibration mvc = (Step.MvcCalibration) model.steps().get(2);
        assertEquals(4, mvc.repetitionsTarget(), "two muscles, two contractions each");
        assertEquals(5_000_000_000L, mvc.contraction().nanos());
    }

    @Test
    void everyStepHasAStyleForEveryCueCode() {
        for (Step s : model.steps()) {
            assertEquals(CueCodes.ALL.size(), s.info().cues().size());
        }
        var overpressure = model.steps().get(1).info().cue(CueCodes.OVERPRESSURE);
        assertEquals(Severity.ALARM, overpressure.severity());
        assertEquals(Tone.ALARM, overpressure.tone());
        assertEquals("#D55E00", overpressure.colour());
    }

    @Test
    void musclesAreMatchedToFusedFrameChannels() {
        var multifidus = model.muscle("multifidus-left");
        assertEquals("left lumbar multifidus", multifidus.name());
        assertTrue(multifidus.measuredBy("sim-emg-1/L_multifidus"));
        assertFalse(multifidus.measuredBy("sim-emg-1/L_multifidus2"));
        assertFalse(multifidus.measuredBy("L_multifidus"), "a source always names its device");
    }

    @Test
    void theParameterListNamesEveryParameterWithItsPath() {
        assertEquals(18, model.parameters().size(), model.parameters().toString());
        assertEquals("equipment.forceTool.normalRange", model.parameters().get(0).path());
        assertTrue(model.parameters().stream().anyMatch(p -> p.path().equals("steps[3].target") && p.value().equals("20..45")
                && p.unit().equals("%MVC")));
        assertTrue(model.parameters().stream().anyMatch(p -> p.path().equals("steps[1].exit[0].metric") && p.value().equals("..0.5")));
    }
}
