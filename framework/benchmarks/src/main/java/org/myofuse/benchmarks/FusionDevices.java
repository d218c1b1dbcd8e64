package org.myofuse.benchmarks;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.fusion.osgi.FusionConfig;
import org.myofuse.simulator.core.FrameSignal;
import org.myofuse.lib.simulation.SplitMix64;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.emg.SimEmgConfig;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.iastm.SimIastmConfig;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.SimMatConfig;

/**
 * The full device set of the fusion benchmarks: two 8-channel EMG amplifiers at 2 kHz (16 channels),
 * the force tool at 1 kHz and a 32 x 32 mat at 100 Hz, built from the simulators' generators with
 * their default settings (as the store's tests build them), in the block sizes their drivers publish:
 * 10 ms per block (EMG 20 frames, force 10, mat 1).
 */
public final class FusionDevices {

    /** A generator with its descriptor and block size. */
    record Device(String deviceId, DeviceDescriptor descriptor, FrameSignal signal, int blockFrames) {

        double rateHz() {
            return signal.sampleRateHz();
        }
    }

    /** What the devices carry. */
    public enum Scenario {
        /** Every simulator with its defaults (EMG seeds 1 and 2): strokes, guarding, voluntary bursts, weight shifts. */
        SIM,
        /**
         * No event at all: the tool resting on the table, EMG at rest (no bursts, no guarding), the patient
         * standing still but for sway. Events allocate; this shows what the per-block path itself allocates.
         */
        QUIET,
        /** As SIM, but the EMG amplifiers carry {@link Bursts}: onsets on known samples. */
        BURSTS
    }

    private FusionDevices() {
    }

    /** EMG 1, EMG 2, force, mat. */
    static List<Device> fullSet(Scenario scenario) {
        return List.of(emg(1, scenario), emg(2, scenario), force(scenario), mat(scenario));
    }

    private static Device emg(int n, Scenario scenario) {
        Map<String, Object> quiet = Map.of("seed", (long) n, "voluntaryBurstsPerMin", 0.0, "guardingGainUvPerN", 0.0);
        FrameSignal signal = switch (scenario) {
            case SIM -> new EmgSignal(EmgSettings.of(defaults(SimEmgConfig.class, Map.of("seed", (long) n))));
            case QUIET -> new EmgSignal(EmgSettings.of(defaults(SimEmgConfig.class, quiet)));
            case BURSTS -> new Bursts(n - 1);
        };
        return new Device("sim-emg-" + n, descriptor("sim-emg", EmgSignal.CHANNELS, null), signal, 20);
    }

    private static Device force(Scenario scenario) {
        FrameSignal signal = scenario == Scenario.QUIET ? new RestingTool()
                : new IastmSignal(IastmSettings.of(defaults(SimIastmConfig.class, Map.of())));
        return new Device("sim-iastm-1", descriptor("sim-iastm", IastmSignal.CHANNELS, null), signal, 10);
    }

    private static Device mat(Scenario scenario) {
        Map<String, Object> still = scenario == Scenario.QUIET ? Map.of("weightShiftMm", 0.0) : Map.of();
        var signal = new MatSignal(MatSettings.of(defaults(SimMatConfig.class, still)));
        return new Device("sim-mat-1", descriptor("sim-mat", MatSignal.CHANNELS, signal.grid()), signal, 1);
    }

    private static DeviceDescriptor descriptor(String type, List<ChannelDescriptor> channels, GridLayout grid) {
        return new DeviceDescriptor(type, "Myofuse", type + " simulator", "1.0", "SIM-1", channels, grid);
    }

    /** The fusion bundle's configuration with every default, as the fusion tests build it. */
    static FusionConfig fusionConfig() {
        return defaults(FusionConfig.class, Map.of());
    }

    /** An annotation-interface instance answering its declared defaults, except for {@code overrides}. */
    static <A> A defaults(Class<A> type, Map<String, Object> overrides) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (overrides.containsKey(method.getName())) {
                return overrides.get(method.getName());
            }
            if (method.getName().equals("annotationType")) {
                return type;
            }
            return method.getDefaultValue();
        });
        return type.cast(proxy);
    }

    /**
     * Synthetic EMG with onsets on known samples: white noise of 5 uV RMS at rest plus 8 uV of 50 Hz
     * hum, and on each channel a burst of 60 uV RMS noise for 300 ms every 4001 samples (2 s). The
     * bursts are steps (no ramp), so the true onset is one sample, {@link #onset}. Global channel
     * {@code g} (0-15 over both amplifiers) starts bursting at sample 4000 + 251 g: after the detector's
     * 1 s baseline, and staggered so that every 125 ms some channel has an onset. 4001 and 251 are odd
     * on purpose: the onsets fall on every position within the 20-frame blocks, as real ones do.
     * Stateless, allocation-free.
     */
    static final class Bursts extends FrameSignal {

        static final int CHANNELS = 8;
        static final long PERIOD = 4001;
        static final long FIRST = 4000;
        static final long STAGGER = 251;
        static final long LENGTH = 600;
        private static final double REST_UV = 5;
        private static final double BURST_UV = 60;
        private static final double HUM_UV = 8;

        private final int amplifier;
        private final long key;

        Bursts(int amplifier) {
            super(CHANNELS, EmgSignal.SAMPLE_RATE_HZ, false);
            this.amplifier = amplifier;
            this.key = SplitMix64.key(77, amplifier);
        }

        /** Sample index of burst {@code m} of channel {@code c} of amplifier {@code amplifier} (0 or 1). */
        static long onset(int amplifier, int c, long m) {
            return FIRST + (amplifier * CHANNELS + c) * STAGGER + m * PERIOD;
        }

        @Override
        protected int frame(float[] out, int offset, long index) {
            double hum = HUM_UV * Math.sin(2 * Math.PI * 50 * (index % EmgSignal.SAMPLE_RATE_HZ) / EmgSignal.SAMPLE_RATE_HZ);
            for (int c = 0; c < CHANNELS; c++) {
                long since = index - onset(amplifier, c, 0);
                boolean burst = since >= 0 && since % PERIOD < LENGTH;
                double noise = SplitMix64.gaussian(key, index * CHANNELS + c);
                out[offset + c] = (float) ((burst ? BURST_UV : REST_UV) * noise + hum);
            }
            return 0;
        }
    }

    /** The force tool lying on the table: a small offset and a slow wobble well inside the rest band, never a stroke. */
    static final class RestingTool extends FrameSignal {

        RestingTool() {
            super(IastmSignal.CHANNELS.size(), IastmSignal.SAMPLE_RATE_HZ, false);
        }

        @Override
        protected int frame(float[] out, int offset, long index) {
            out[offset] = 0.1f;
            out[offset + 1] = -0.05f;
            out[offset + 2] = 0.3f + 0.05f * (float) Math.sin(index * 1e-3);
            return 0;
        }
    }
}
