package org.myofuse.fusion.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Every parameter of the fusion bundle; all are reported with the results. */
@ObjectClassDefinition(name = "Myofuse fusion", description = "Time alignment, EMG, force and mat processing, events.")
public @interface FusionConfig {

    @AttributeDefinition(name = "Frame rate (Hz)", description = "Rate of the fused frame stream.")
    double frameRateHz() default 100;

    @AttributeDefinition(name = "EMG high-pass corner (Hz)")
    double emgBandLowHz() default 20;

    @AttributeDefinition(name = "EMG low-pass corner (Hz)", description = "Clipped to 90 % of Nyquist when the rate is too low; the summary says so.")
    double emgBandHighHz() default 450;

    @AttributeDefinition(name = "EMG band-pass order", description = "Butterworth order of each of the high-pass and low-pass halves (even).")
    int emgBandOrder() default 4;

    @AttributeDefinition(name = "Mains frequency (Hz)", description = "50 or 60.")
    int mainsHz() default 50;

    @AttributeDefinition(name = "Mains notches", description = "Number of notches: the mains frequency and its harmonics.")
    int notchHarmonics() default 3;

    @AttributeDefinition(name = "Notch width (Hz)")
    double notchBandwidthHz() default 2;

    @AttributeDefinition(name = "RMS window (ms)")
    double rmsWindowMs() default 100;

    @AttributeDefinition(name = "MVC per EMG channel (uV RMS)", description = "Calibration in channel order; 0 or missing = not calibrated (envelope in uV).")
    double[] mvcUv() default {};

    @AttributeDefinition(name = "Onset threshold k (SD)")
    double onsetK() default 3;

    @AttributeDefinition(name = "Onset minimum duration (ms)")
    double onsetMinDurationMs() default 25;

    @AttributeDefinition(name = "Onset fast threshold (SD)", description = "A clear contraction is also confirmed once it"
            + " stays above this many baseline SDs for the fast duration; above the onset threshold k; 0 = off.")
    double onsetFastK() default 6;

    @AttributeDefinition(name = "Onset fast duration (ms)", description = "How long the signal must stay above the fast"
            + " threshold; at most the minimum duration.")
    double onsetFastDurationMs() default 10;

    @AttributeDefinition(name = "Onset baseline (s)", description = "Rest window at the start of the EMG stream.")
    double onsetBaselineS() default 1;

    @AttributeDefinition(name = "Onset smoothing (Hz)", description = "Low-pass corner of the detection signal.")
    double onsetSmoothingHz() default 50;

    @AttributeDefinition(name = "Teager-Kaiser onset", description = "Apply the Teager-Kaiser energy operator before rectification.")
    boolean onsetTeagerKaiser() default false;

    @AttributeDefinition(name = "Median frequency window (s)")
    double medianFrequencyWindowS() default 1;

    @AttributeDefinition(name = "Tare window (s)")
    double tareSeconds() default 1;

    @AttributeDefinition(name = "Force smoothing (Hz)")
    double forceSmoothingHz() default 30;

    @AttributeDefinition(name = "Stroke start (N)")
    double strokeStartN() default 1;

    @AttributeDefinition(name = "Stroke end / contact (N)")
    double strokeEndN() default 0.05;

    @AttributeDefinition(name = "Minimum stroke (ms)")
    double minStrokeMs() default 100;

    @AttributeDefinition(name = "Tool edge contact area (mm2)")
    double contactAreaMm2() default 40;

    @AttributeDefinition(name = "Target band low (N)")
    double targetLowN() default 4;

    @AttributeDefinition(name = "Target band high (N)")
    double targetHighN() default 8;

    @AttributeDefinition(name = "Target dwell (ms)")
    double targetDwellMs() default 50;

    @AttributeDefinition(name = "Overpressure (N)")
    double overpressureN() default 20;

    @AttributeDefinition(name = "Rest band (N)", description = "Force near zero between strokes that the zero follows (drift).")
    double restBandN() default 0.5;

    @AttributeDefinition(name = "Zero tracking time constant (s)", description = "0 switches zero tracking off.")
    double zeroTrackingS() default 2;

    @AttributeDefinition(name = "Mat contact pressure (kPa)")
    double matContactKpa() default 1;

    @AttributeDefinition(name = "Sway window (s)")
    double swayWindowS() default 30;

    @AttributeDefinition(name = "EMG latency (ms)", description = "Fixed delay from sampling to the least delayed arrival.")
    double emgLatencyMs() default 0;

    @AttributeDefinition(name = "Force latency (ms)")
    double forceLatencyMs() default 0;

    @AttributeDefinition(name = "Mat latency (ms)")
    double matLatencyMs() default 0;

    @AttributeDefinition(name = "Clock fit span (s)", description = "Seconds of one-second arrival minima in the clock fit.")
    int clockFitSeconds() default 60;
    @AttributeDefinition(name = "Guarding channels", description = "EMG channel names near the treated region watched for guarding; empty = every EMG channel.")
    String[] guardingChannels() default {"L_multifidus", "R_multifidus", "L_erector_spinae", "R_erector_spinae"};

    @AttributeDefinition(name = "Guarding rise (%MVC)", description = "Envelope rise above the pre-stroke baseline that counts as guarding on a calibrated channel.")
    double guardingRisePctMvc() default 5;

    @AttributeDefinition(name = "Guarding rise (uV)", description = "The same for a channel without an MVC calibration.")
    double guardingRiseUv() default 10;

    @AttributeDefinition(name = "Guarding window (ms)", description = "A guarding rise must begin within this time after force onset.")
    double guardingWindowMs() default 1000;

    @AttributeDefinition(name = "Guarding sustain (ms)", description = "The rise must stay above its threshold this long.")
    double guardingSustainMs() default 100;

    @AttributeDefinition(name = "Response baseline (ms)", description = "Rest window before force onset whose mean envelope and centre of pressure are the baseline.")
    double responseBaselineMs() default 300;

    @AttributeDefinition(name = "Response tail (ms)", description = "Responses are still attributed to a stroke this long after lift-off.")
    double responseTailMs() default 300;

    @AttributeDefinition(name = "Withdrawal distance (mm)", description = "Centre-of-pressure shift from its pre-stroke position that counts as withdrawal.")
    double withdrawalMm() default 10;

    @AttributeDefinition(name = "Withdrawal sustain (ms)")
    double withdrawalSustainMs() default 100;

    @AttributeDefinition(name = "Stall timeout (ms)", description = "A stream silent for this long of session time, measured on the other streams' data, counts as missing (NaN) so frames go on; 0 waits for it forever.")
    double stallTimeoutMs() default 250;
}
