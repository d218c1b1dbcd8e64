package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.simulator.core.FrameSignal;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;

/**
 * An amplifier whose frames carry more than EMG, as the OpenBCI Cyton's do (8 channels in uV, then
 * its accelerometer in g): the EMG channels are processed exactly as from an EMG-only stream, and the
 * other channels are left out.
 */
class EmgWithOtherChannelsTest {

    private static final ScenarioSettings SCENARIO = new ScenarioSettings(5, 0.5, 6, 9);
    private static final int EXTRA = 3;

    private static EmgSignal emg() {
        return new EmgSignal(new EmgSettings(SCENARIO, 1, 4, 1.5, 50, 8, 2, 40, 8.7, 200, 120));
    }

    /** The EMG signal's frames followed by three accelerometer values that are anything but EMG. */
    private static final class WithAccelerometer extends FrameSignal {
        private final EmgSignal inner = emg();
        private final float[] frame = new float[EmgSignal.CHANNELS.size()];

        WithAccelerometer() {
            super(EmgSignal.CHANNELS.size() + EXTRA, 2000, false);
        }

        @Override
        protected int frame(float[] out, int offset, long index) {
            int quality = inner.fill(frame, index, 1);
            System.arraycopy(frame, 0, out, offset, frame.length);
            for (int a = 0; a < EXTRA; a++) {
                out[offset + frame.length + a] = (float) Math.sin(index * 0.01 * (a + 1));
            }
            return quality;
        }
    }

    private static SessionSummary summarise(SimulatedSession.Source source) {
        var analysis = new FusionSessionAnalysis(SimulatedSession.config(Map.of()));
        SimulatedSession.feed(analysis, List.of(source), 20, 7, null);
        return analysis.finish();
    }

    @Test
    void theEmgChannelsOfAMixedStreamGiveTheSameSummaryAsAnEmgOnlyStream() {
        SessionSummary only = summarise(SimulatedSession.emg(1, emg()));

        List<ChannelDescriptor> channels = new ArrayList<>(EmgSignal.CHANNELS);
        for (String axis : List.of("accel_x", "accel_y", "accel_z")) {
            channels.add(new ChannelDescriptor(axis, "g", 2000, "board", -4, 4, 0.001));
        }
        var mixed = new SimulatedSession.Source(new StreamInfo(1, "sim-emg-1",
                new DeviceDescriptor("cyton-like", "Myofuse", "e", "1", "1", channels, null), 64, 0),
                new WithAccelerometer(), 40);
        SessionSummary withAccel = summarise(mixed);

        assertEquals(EmgSignal.CHANNELS.size(), withAccel.emg().channels().size(), "only the uV channels are EMG");
        assertEquals(only.emg(), withAccel.emg());
        assertEquals(only.response(), withAccel.response());
    }
}
