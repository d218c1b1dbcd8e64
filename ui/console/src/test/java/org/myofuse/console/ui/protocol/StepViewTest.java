package org.myofuse.console.ui.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.StepType;
import org.myofuse.console.ui.Messages;

/** What the protocol page shows of a run's state, without a window. */
class StepViewTest {

    @Test
    void shouldSayWhatAStepShowsForEachKindOfStep() {
        var text = new Messages(Locale.ENGLISH);
        StepState confirm = new StepState(4, 5, "drill", StepType.DRILL, "Bird dog", "Slowly.", List.of(), 0, Double.NaN, 0,
                0, StepState.Awaiting.CONFIRMATION);
        StepView v = StepView.of(new RunState("p", "1", "s", RunState.Status.RUNNING, confirm, ""), 5_000_000_000L, text);
        assertTrue(v.confirmWanted());
        assertFalse(v.painWanted());
        assertEquals("Confirm when done (F5)", v.counter());
        assertEquals(4, v.stepsDone());
        StepState timed = new StepState(1, 5, "rest", StepType.CALIBRATION, "Rest", "Lie still.", List.of(), 1_000_000_000L,
                30, 0, 0, StepState.Awaiting.NOTHING);
        assertEquals("0:27 left", StepView.of(new RunState("p", "1", "s", RunState.Status.RUNNING, timed, ""),
                4_500_000_000L, text).counter(), "rounded up to the whole second still to go");
        assertEquals("0:00 left", StepView.of(new RunState("p", "1", "s", RunState.Status.RUNNING, timed, ""),
                60_000_000_000L, text).counter(), "never below zero");
        StepView aborted = StepView.of(new RunState("p", "1", "s", RunState.Status.ABORTED, timed, "device sim-emg failed"),
                0, text);
        assertEquals("Aborted p: device sim-emg failed", aborted.status());
        assertFalse(aborted.active());
        assertEquals("No protocol running: start one on the Patients page", StepView.of(null, 0, text).status());
    }
}
