package org.myofuse.simulator.emg;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import java.util.function.Supplier;

import org.myofuse.lib.simulation.EmgMontage;
import org.myofuse.lib.simulation.ScenarioSample;
import org.myofuse.lib.simulation.Shapes;
import org.myofuse.lib.simulation.SplitMix64;
import org.myofuse.lib.simulation.TherapyScenario;
import org.myofuse.lib.simulation.script.Script;
import org.myofuse.lib.simulation.script.ScriptSample;
import org.myofuse.simulator.core.BiquadCascade;
import org.myofuse.simulator.core.ChannelRange;
import org.myofuse.simulator.core.FrameSignal;

/**
 * Surface EMG of eight lumbopelvic muscles from a simulated amplifier, in uV at 2000 Hz.
 *
 * <p>Each channel is Gaussian white noise band-limited to 20-450 Hz (4th-order Butterworth high-pass
 * and low-pass), scaled to unit RMS and amplitude-modulated by an activation envelope. The envelope
 * adds, in power, a resting tone, voluntary bursts (raised-cosine contractions of 0.6-1.5 s at random
 * times) and guarding: {@code gain * (force - threshold)} while the scenario's normal force,
 * {@code latency} earlier, exceeds the threshold, weighted by a Gaussian of the distance between the
 * electrode and the tool (so the muscles under the tool guard most). Broadband amplifier noise and a
 * mains hum common to all channels are added on top.
 *
 * <p>Scripted (a {@link Script} given), the patient follows protocol runs instead of the fixed
 * scenario: the voluntary activity is the script's activation of each muscle times the muscle's MVC
 * amplitude ({@link EmgMontage}), the guarding answers the script's strokes (the same rule, from the
 * force the script says the patient tolerates, plus the script's own guarding around the tool), and
 * there are no random bursts. Frames are evaluated at
 * their session time ({@link #anchor}).
 *
 * <p>Deterministic: white noise values are hashed from the sample index; the only state is the
 * band-pass filter, which {@link FrameSignal} replays on random access. Scripted, the frames depend on
 * the script as well.
 */
public final class EmgSignal extends FrameSignal {

    /** Frames per second. */
    public static final int SAMPLE_RATE_HZ = 2000;
    /** Lower corner of the EMG band, Hz. */
    public static final double BAND_LOW_HZ = 20;
    /** Upper corner of the EMG band, Hz. */
    public static final double BAND_HIGH_HZ = 450;
    /** Cyton-like range: 4.5 V reference over gain 24, in uV. */
    public static final double RANGE_UV = 187_500;
    /** One ADC step of that range with 24 bits, uV. */
    public static final double RESOLUTION_UV = 0.02235;

    /** The electrodes, in channel order. */
    private static final EmgMontage.Muscle[] MUSCLES = EmgMontage.MUSCLES.toArray(new EmgMontage.Muscle[0]);
    /** The eight channels, in frame order. */
    public static final List<ChannelDescriptor> CHANNELS = channelList();

    /** Spread of guarding around the tool, mm (Gaussian sigma). */
    public static final double GUARDING_SPREAD_MM = 50;

    private static final int FILTER_ORDER = 4;
    private static final double MIN_BURST_SECONDS = 0.6;
    private static final double MAX_BURST_SECONDS = 1.5;
    private static final double MIN_BURST_SHARE = 0.4;

    private final EmgSettings settings;
    private final TherapyScenario scenario;
    private final ScenarioSample delayed = new ScenarioSample();
    private final ChannelRange range = ChannelRange.of(CHANNELS.get(0));
    private final BiquadCascade band;
    private final double bandScale;
    private final long[] toneKeys = new long[MUSCLES.length];
    private final long[] noiseKeys = new long[MUSCLES.length];
    private final long burstKey;
    private final long burstShareKey;
    private final double burstSlotSeconds;
    private final double latencySeconds;
    private final double humPhase;
    private final Supplier<Script> script;
    private final ScriptSample scriptNow = new ScriptSample();
    private final ScriptSample scriptDelayed = new ScriptSample();
    private final long latencyNanos;

    /** The patient of the fixed scenario. */
    public EmgSignal(EmgSettings settings) {
        this(settings, null);
    }

    /**
     * @param script the current script of the scripted patient, read for every frame; null to play the
     *               fixed scenario
     */
    public EmgSignal(EmgSettings settings, Supplier<Script> script) {
        super(MUSCLES.length, SAMPLE_RATE_HZ, true);
        this.settings = settings;
        this.script = script;
        this.latencyNanos = settings.guardingLatencyMs() * 1_000_000L;
        this.scenario = new TherapyScenario(settings.scenario());
        this.band = BiquadCascade.butterworthBandPass(BAND_LOW_HZ, BAND_HIGH_HZ, FILTER_ORDER, SAMPLE_RATE_HZ,
                MUSCLES.length);
        // ten seconds of impulse response: the slowest pole has long decayed below double precision
        this.bandScale = 1 / Math.sqrt(band.whiteNoisePowerGain(10 * SAMPLE_RATE_HZ));
        for (int c = 0; c < MUSCLES.length; c++) {
            toneKeys[c] = SplitMix64.key(settings.seed(), 100 + c);
            noiseKeys[c] = SplitMix64.key(settings.seed(), 200 + c);
        }
        this.burstKey = SplitMix64.key(settings.seed(), 300);
        this.burstShareKey = SplitMix64.key(settings.seed(), 301);
        this.burstSlotSeconds = settings.voluntaryBurstsPerMin() > 0 ? 60 / settings.voluntaryBurstsPerMin() : 0;
        this.latencySeconds = settings.guardingLatencyMs() / 1000.0;
        this.humPhase = 2 * Math.PI * SplitMix64.uniform(SplitMix64.key(settings.seed(), 400), 0);
    }

    public EmgSettings settings() {
        return settings;
    }

    /** The treatment model this patient responds to. */
    public TherapyScenario scenario() {
        return scenario;
    }

    /** Serial number derived from the signal seed, stable for a given seed. */
    public String serialNumber() {
        return String.format("SIM-EMG-%08X", SplitMix64.mix(settings.seed()) >>> 32);
    }

    /**
     * Guarding weight of channel {@code c} for a tool at the given position: 1 right under the tool,
     * falling off as a Gaussian of the distance.
     */
    public static double proximity(int c, double lateralMm, double spinalLevelMm) {
        double dx = MUSCLES[c].lateralMm() - lateralMm;
        double dy = MUSCLES[c].levelMm() - spinalLevelMm;
        return Math.exp(-(dx * dx + dy * dy) / (2 * GUARDING_SPREAD_MM * GUARDING_SPREAD_MM));
    }

    /** True if the patient follows a script rather than the fixed scenario. */
    public boolean scripted() {
        return script != null;
    }

    @Override
    protected int frame(float[] out, int offset, long index) {
        if (script != null) {
            return scriptedFrame(out, offset, index);
        }
        double t = secondsAt(index);
        scenario.sample(t - latencySeconds, delayed);
        double guarding = settings.guardingGainUvPerN()
                * Math.max(0, delayed.normalForceN() - settings.guardingThresholdN());
        long burst = burstSlotSeconds > 0 ? (long) Math.floor(t / burstSlotSeconds) : 0;
        double voluntary = burstSlotSeconds > 0 ? settings.voluntaryBurstUv() * burstEnvelope(t, burst) : 0;
        double tone = settings.restingToneUv();
        double hum = settings.humAmplitudeUv() * Math.sin(humAngle(index));
        int quality = 0;
        for (int c = 0; c < MUSCLES.length; c++) {
            double g = guarding > 0 ? guarding * proximity(c, delayed.lateralMm(), delayed.spinalLevelMm()) : 0;
            double v = voluntary > 0 ? voluntary * burstShare(burst, c) : 0;
            double envelope = Math.sqrt(tone * tone + g * g + v * v);
            double emg = envelope * bandScale * band.filter(c, SplitMix64.gaussian(toneKeys[c], index));
            double value = emg + settings.baselineNoiseUv() * SplitMix64.gaussian(noiseKeys[c], index) + hum;
            out[offset + c] = range.sample(value);
            quality |= range.quality(value);
        }
        return quality;
    }

    private int scriptedFrame(float[] out, int offset, long index) {
        long now = sessionNanosAt(index);
        Script plan = script.get();
        plan.sample(now, scriptNow);
        plan.sample(now - latencyNanos, scriptDelayed);
        double tolerance = scriptDelayed.toleranceN();
        double threshold = Double.isNaN(tolerance) ? settings.guardingThresholdN() : tolerance;
        double pressed = settings.guardingGainUvPerN() * Math.max(0, scriptDelayed.normalForceN() - threshold);
        double guardingShare = scriptDelayed.guardingPct() / 100;
        double tone = settings.restingToneUv();
        double hum = settings.humAmplitudeUv() * Math.sin(humAngle(index));
        int quality = 0;
        for (int c = 0; c < MUSCLES.length; c++) {
            double mvc = MUSCLES[c].mvcUv();
            double g = pressed > 0 || guardingShare > 0
                    ? (pressed + guardingShare * mvc) * proximity(c, scriptDelayed.lateralMm(), scriptDelayed.spinalLevelMm())
                    : 0;
            double v = scriptNow.activationPct(c) / 100 * mvc;
            double envelope = Math.sqrt(tone * tone + g * g + v * v);
            double emg = envelope * bandScale * band.filter(c, SplitMix64.gaussian(toneKeys[c], index));
            double value = emg + settings.baselineNoiseUv() * SplitMix64.gaussian(noiseKeys[c], index) + hum;
            out[offset + c] = range.sample(value);
            quality |= range.quality(value);
        }
        return quality;
    }

    @Override
    protected void resetState() {
        band.reset();
    }

    /** Exact phase of the hum: the cycle count is reduced modulo the rate in integers, so it never loses precision. */
    private double humAngle(long index) {
        long cycles = index % SAMPLE_RATE_HZ * settings.humFrequencyHz() % SAMPLE_RATE_HZ;
        return 2 * Math.PI * cycles / SAMPLE_RATE_HZ + humPhase;
    }

    /** 0..1 envelope of the voluntary burst of its slot (one burst per slot, at a random time in it). */
    private double burstEnvelope(double t, long slot) {
        double duration = MIN_BURST_SECONDS
                + (MAX_BURST_SECONDS - MIN_BURST_SECONDS) * SplitMix64.uniform(burstKey, 2 * slot);
        double start = slot * burstSlotSeconds
                + (burstSlotSeconds - duration) * SplitMix64.uniform(burstKey, 2 * slot + 1);
        return Shapes.bump((t - start) / duration);
    }

    /** How much channel {@code c} takes part in a burst: 40-100 %. */
    private double burstShare(long slot, int c) {
        return MIN_BURST_SHARE + (1 - MIN_BURST_SHARE) * SplitMix64.uniform(burstShareKey, slot * MUSCLES.length + c);
    }

    private static List<ChannelDescriptor> channelList() {
        var list = new ArrayList<ChannelDescriptor>();
        for (EmgMontage.Muscle m : MUSCLES) {
            list.add(new ChannelDescriptor(m.name(), "uV", SAMPLE_RATE_HZ, m.site(), -RANGE_UV, RANGE_UV, RESOLUTION_UV));
        }
        return List.copyOf(list);
    }

}
