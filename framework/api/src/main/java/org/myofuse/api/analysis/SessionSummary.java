package org.myofuse.api.analysis;

import java.util.List;

/**
 * What a session was, in numbers: timing, force, EMG, mat, tissue response, and every processing
 * parameter that produced them. The public format {@code myofuse-summary} version 2, documented field
 * by field in {@code docs/summary.md}. A tree of immutable records; a section whose device was absent
 * is {@code null}; a value that could not be measured is {@code NaN} (JSON {@code null}).
 *
 * <p>{@link SessionAnalyzer#toJson} writes the components of every record in their declaration order
 * (the order below), numbers in one fixed format, so equal summaries give identical bytes on any JVM;
 *
 * @param format     always {@value #FORMAT}
 * @param version    always {@value #VERSION}
 * @param startS     session time of the first fused frame, s from the session clock's origin
 * @param durationS  length of the fused timeline (frames over frame rate), s
 * @param frames     fused frames
 * @param streams    every stream the analysis used, in the order they opened
 * @param force      the force tool (the first one if several); null without one
 * @param emg        EMG channels of every amplifier; null without any
 * @param mat        the pressure mat (the first one if several); null without one
 * @param response   guarding, withdrawal and dose-response per stroke; null without a force tool
 * @param parameters every processing parameter
 */
public record SessionSummary(String format, int version, double startS, double durationS, long frames,
        List<Stream> streams, Force force, Emg emg, Mat mat, Response response, Parameters parameters) {

    /** The format name written in every summary. */
    public static final String FORMAT = "myofuse-summary";
    /** The format version this class writes. */
    public static final int VERSION = 2;

    public SessionSummary {
        streams = List.copyOf(streams);
    }

    /**
     * One device stream.
     *
     * @param device         configured device id
     * @param kind           {@code force}, {@code emg} or {@code mat}
     * @param sampleRateHz   nominal rate, Hz
     * @param channels       channels per frame
     * @param samples        frames received
     * @param missingSamples frames announced missing by gap blocks
     * @param clockDriftPpm  estimated drift of the device clock against the session clock, ppm
     */
    public record Stream(String device, String kind, double sampleRateHz, int channels, long samples,
            long missingSamples, double clockDriftPpm) {
    }

    /**
     * The force tool.
     *
     * @param device                 configured device id
     * @param strokeCount            completed strokes
     * @param strokeRatePerMin       strokes per minute from the first to the last stroke start; NaN under two strokes
     * @param meanStrokeDurationS    mean contact time of a stroke, s
     * @param meanNormalN            mean over the strokes of each stroke's mean normal force over its contact, N
     * @param peakNormalN            highest normal force of the session, N
     * @param meanShearN             mean over the strokes of each stroke's mean shear magnitude, N
     * @param peakShearN             highest shear of any stroke, N
     * @param shearToNormal          shear over normal force over all stroke contact (contact-time weighted), 1
     * @param meanContactPressureKpa mean normal force over the tool edge's contact area, kPa
     * @param timeInTargetS          time the normal force was inside the target band, s
     * @param impulseNs              time integral of the normal force while in contact, N s
     * @param overpressureEvents     times the force rose above the overpressure threshold
     * @param strokes                every completed stroke
     */
    public record Force(String device, int strokeCount, double strokeRatePerMin, double meanStrokeDurationS,
            double meanNormalN, double peakNormalN, double meanShearN, double peakShearN, double shearToNormal,
            double meanContactPressureKpa, double timeInTargetS, double impulseNs, int overpressureEvents,
            List<Stroke> strokes) {

        public Force {
            strokes = List.copyOf(strokes);
        }
    }

    /**
     * One stroke, from contact to lift-off (the contact threshold).
     *
     * @param number      1-based
     * @param startS      session time of the first sample in contact, s
     * @param endS        session time of the first sample after lift-off, s
     * @param durationS   contact time, s
     * @param peakNormalN highest normal force, N
     * @param meanNormalN mean normal force over the contact, N
     * @param peakShearN  highest shear, N
     * @param meanShearN  mean shear, N
     * @param impulseNs   time integral of the normal force over the contact, N s
     */
    public record Stroke(int number, double startS, double endS, double durationS, double peakNormalN,
            double meanNormalN, double peakShearN, double meanShearN, double impulseNs) {
    }

    /**
     * The EMG channels.
     *
     * @param channels   every channel of every amplifier, in stream and channel order
     * @param asymmetry  one index per left/right pair of channels of one amplifier
     */
    public record Emg(List<EmgChannel> channels, List<Asymmetry> asymmetry) {

        public Emg {
            channels = List.copyOf(channels);
            asymmetry = List.copyOf(asymmetry);
        }
    }

    /**
     * One EMG channel.
     *
     * @param device                       configured device id
     * @param channel                      channel name
     * @param envelopeUnit                 unit of the envelope: {@code %MVC} when calibrated, else {@code uV}
     * @param mvcUv                        MVC calibration, uV RMS; NaN when not calibrated
     * @param rmsUv                        RMS of the band-passed, notched signal over the session, uV
     * @param meanEnvelope                 mean of the RMS envelope over the fused frames, in {@code envelopeUnit}
     * @param peakEnvelope                 highest envelope in a fused frame, in {@code envelopeUnit}
     * @param meanPctMvc                   mean envelope in %MVC; NaN when not calibrated
     * @param onsetsS                      session times of the detected onsets, s
     * @param medianFrequencyHz            mean of the per-window median frequencies, Hz; NaN without a complete window
     * @param medianFrequencySlopeHzPerMin least-squares trend of the window median frequencies (fatigue lowers it), Hz/min
     * @param medianFrequencyWindows       complete windows
     */
    public record EmgChannel(String device, String channel, String envelopeUnit, double mvcUv, double rmsUv,
            double meanEnvelope, double peakEnvelope, double meanPctMvc, List<Double> onsetsS, double medianFrequencyHz,
            double medianFrequencySlopeHzPerMin, int medianFrequencyWindows) {

        public EmgChannel {
            onsetsS = List.copyOf(onsetsS);
        }
    }

    /**
     * Bilateral asymmetry {@code 100 (R - L) / (R + L)}: -100 all left, +100 all right.
     *
     * @param device   configured device id
     * @param muscle   the name the pair shares
     * @param left     left channel name
     * @param right    right channel name
     * @param basis    what was compared: {@code mean %MVC} when both are calibrated, else {@code RMS uV}
     * @param indexPct the index, %
     */
    public record Asymmetry(String device, String muscle, String left, String right, String basis, double indexPct) {
    }

    /**
     * The pressure mat, over every mat frame of the session.
     *
     * @param device          configured device id
     * @param frames          mat frames received
     * @param meanLoadN       mean total load, N
     * @param meanCopXmm      mean centre of pressure, medio-lateral, mm from the mat centre (+ right)
     * @param meanCopYmm      mean centre of pressure, antero-posterior, mm (+ anterior)
     * @param pathLengthMm    length of the centre-of-pressure path (not across gaps), mm
     * @param meanVelocityMmS path length over the time it spans, mm/s
     * @param ellipse         95 % prediction ellipse; null with fewer than four positions
     * @param leftLoadPct     mean share of the load on the patient's left half, %
     * @param rightLoadPct    on the right half, %
     * @param anteriorLoadPct on the anterior half, %
     * @param posteriorLoadPct on the posterior half, %
     */
    public record Mat(String device, long frames, double meanLoadN, double meanCopXmm, double meanCopYmm,
            double pathLengthMm, double meanVelocityMmS, CopEllipse ellipse, double leftLoadPct, double rightLoadPct,
            double anteriorLoadPct, double posteriorLoadPct) {

        /** Area of the 95 % ellipse, mm^2; NaN without one. */
        public double ellipseAreaMm2() {
            return ellipse == null ? Double.NaN : ellipse.areaMm2();
        }
    }

    /**
     * The tissue's response to the strokes, measured on the fused frames.
     *
     * @param watchedChannels EMG channels watched for guarding ({@code device/channel})
     * @param strokeCount     strokes seen on the fused frames
     * @param guarding        guarding events
     * @param withdrawal      withdrawal events
     * @param strokes         dose and response of each stroke
     * @param byPeakForce     response against peak normal force
     * @param byImpulse       response against impulse
     */
    public record Response(List<String> watchedChannels, int strokeCount, List<ResponseEvent> guarding,
            List<ResponseEvent> withdrawal, List<StrokeDose> strokes, DoseFit byPeakForce, DoseFit byImpulse) {

        public Response {
            watchedChannels = List.copyOf(watchedChannels);
            guarding = List.copyOf(guarding);
            withdrawal = List.copyOf(withdrawal);
            strokes = List.copyOf(strokes);
        }
    }

    /**
     * A guarding or withdrawal event.
     *
     * @param timeS  session time it began, s
     * @param source {@code device/channel} for guarding, the mat's device id for withdrawal
     * @param value  rise above baseline (guarding) or centre-of-pressure shift (withdrawal), in {@code unit}
     * @param unit   {@code %MVC}, {@code uV} or {@code mm}
     * @param detail one line for the record
     */
    public record ResponseEvent(double timeS, String source, double value, String unit, String detail) {
    }

    /**
     * Force dose and tissue response of one stroke on the fused frames.
     *
     * @param number            1-based
     * @param startS            first frame in contact, s
     * @param endS              first frame after lift-off, s
     * @param peakNormalN       highest normal force, N
     * @param impulseNs         normal force integrated over the contact, N s
     * @param peakRise          highest EMG envelope rise above the pre-stroke baseline on a watched channel, in {@code riseUnit}; NaN without a baseline
     * @param riseUnit          {@code %MVC}, {@code uV} or {@code mixed}
     * @param guarded           guarding was raised
     * @param guardingSource    the channel that guarded; "" when none
     * @param guardingLatencyMs force onset to the start of the guarding rise, ms; NaN when none
     * @param peakShiftMm       largest centre-of-pressure distance from its pre-stroke position, mm; NaN without a mat
     * @param withdrawn         withdrawal was raised
     */
    public record StrokeDose(int number, double startS, double endS, double peakNormalN, double impulseNs,
            double peakRise, String riseUnit, boolean guarded, String guardingSource, double guardingLatencyMs,
            double peakShiftMm, boolean withdrawn) {
    }

    /**
     * Least-squares line of the per-stroke EMG response (peak rise) against a force dose, and Pearson's r.
     *
     * @param dose         {@code peak normal force} or {@code impulse}
     * @param doseUnit     {@code N} or {@code N s}
     * @param responseUnit unit of the response ({@code %MVC}, {@code uV} or {@code mixed})
     * @param strokes      strokes in the fit (those with a measured response)
     * @param slope        response per unit of dose; NaN under two strokes or without spread in dose
     * @param intercept    response at zero dose
     * @param correlation  Pearson's r, -1..1; NaN without spread
     */
    public record DoseFit(String dose, String doseUnit, String responseUnit, int strokes, double slope,
            double intercept, double correlation) {
    }

    /**
     * Every processing parameter.
     *
     * @param frameRateHz     fused frame rate, Hz
     * @param stallTimeoutMs  a stream silent this long of session time counts as missing, ms (0 = wait forever)
     * @param clockFitSeconds one-second arrival minima in each device's clock fit
     * @param emgLatencyMs    fixed sampling-to-arrival latency subtracted for EMG, ms
     * @param forceLatencyMs  the same for the force tool, ms
     * @param matLatencyMs    the same for the mat, ms
     * @param emg             EMG processing
     * @param force           force processing
     * @param mat             mat processing
     * @param response        guarding and withdrawal detection
     */
    public record Parameters(double frameRateHz, double stallTimeoutMs, int clockFitSeconds, double emgLatencyMs,
            double forceLatencyMs, double matLatencyMs, EmgParameters emg, ForceParameters force, MatParameters mat,
            ResponseParameters response) {
    }

    /**
     * EMG processing as configured, and as applied to each amplifier.
     *
     * @param bandLowHz              high-pass corner, Hz
     * @param bandHighHz             low-pass corner asked for, Hz
     * @param bandOrder              Butterworth order of each half of the band-pass
     * @param mainsHz                mains frequency, Hz
     * @param notchHarmonics         notches asked for: the mains frequency and its harmonics
     * @param notchBandwidthHz       -3 dB width of each notch, Hz
     * @param rmsWindowMs            RMS envelope window, ms
     * @param mvcUv                  MVC calibration per EMG channel in frame order, uV RMS (0 = none)
     * @param onsetMethod            {@code threshold} (Hodges and Bui) or {@code teager-kaiser threshold}
     * @param onsetK                 threshold in baseline standard deviations
     * @param onsetMinDurationMs     the detection signal must stay across the threshold this long, ms
     * @param onsetFastK             fast path: a higher threshold in baseline standard deviations (0 = none)
     * @param onsetFastDurationMs    fast path: an onset is also confirmed once the signal stays above it this long, ms
     * @param onsetBaselineS         rest window at the start of each stream that sets the baseline, s
     * @param onsetSmoothingHz       low-pass corner of the detection signal asked for, Hz
     * @param medianFrequencyWindowS median frequency window, s
     * @param applied                the chain actually run on each amplifier
     */
    public record EmgParameters(double bandLowHz, double bandHighHz, int bandOrder, int mainsHz, int notchHarmonics,
            double notchBandwidthHz, double rmsWindowMs, List<Double> mvcUv, String onsetMethod, double onsetK,
            double onsetMinDurationMs, double onsetFastK, double onsetFastDurationMs, double onsetBaselineS, double onsetSmoothingHz, double medianFrequencyWindowS,
            List<EmgFilter> applied) {

        public EmgParameters {
            mvcUv = List.copyOf(mvcUv);
            applied = List.copyOf(applied);
        }
    }

    /**
     * The EMG chain as it ran on one amplifier.
     *
     * @param device           configured device id
     * @param sampleRateHz     its rate, Hz
     * @param lowHz            high-pass corner used, Hz
     * @param highHz           low-pass corner used, Hz
     * @param requestedHighHz  low-pass corner asked for, Hz
     * @param highClipped      the low-pass corner was lowered to 90 % of Nyquist
     * @param bandOrder        Butterworth order of each half
     * @param notchHz          notch centres used (those below the low-pass corner), Hz
     * @param notchBandwidthHz notch width, Hz
     * @param rmsWindowMs      RMS window used (a whole number of samples), ms
     * @param onsetSmoothingHz detection low-pass used (at most 45 % of the rate), Hz
     */
    public record EmgFilter(String device, double sampleRateHz, double lowHz, double highHz, double requestedHighHz,
            boolean highClipped, int bandOrder, List<Double> notchHz, double notchBandwidthHz, double rmsWindowMs,
            double onsetSmoothingHz) {

        public EmgFilter {
            notchHz = List.copyOf(notchHz);
        }
    }

    /**
     * Force processing.
     *
     * @param tareS          rest window at the start that sets the zero, s
     * @param smoothingHz    low-pass corner on every axis, Hz
     * @param strokeStartN   force that makes a contact a stroke, N
     * @param strokeEndN     contact threshold, N
     * @param minStrokeMs    shortest stroke, ms
     * @param contactAreaMm2 tool edge contact area, mm^2
     * @param targetLowN     target band lower edge, N
     * @param targetHighN    target band upper edge, N
     * @param targetDwellMs  dwell before entering or leaving the band counts, ms
     * @param overpressureN  overpressure threshold, N
     * @param restBandN      force near zero counted as rest for zero tracking, N
     * @param zeroTrackingS  zero tracking time constant, s (0 = off)
     */
    public record ForceParameters(double tareS, double smoothingHz, double strokeStartN, double strokeEndN,
            double minStrokeMs, double contactAreaMm2, double targetLowN, double targetHighN, double targetDwellMs,
            double overpressureN, double restBandN, double zeroTrackingS) {
    }

    /**
     * Mat processing.
     *
     * @param contactKpa  a cell is in contact above this pressure, kPa
     * @param swayWindowS sliding sway window of the live display, s (the summary uses the whole session)
     * @param ellipse     how the summary's ellipse is computed
     */
    public record MatParameters(double contactKpa, double swayWindowS, String ellipse) {
    }

    /**
     * Guarding and withdrawal detection.
     *
     * @param guardingChannels    EMG channel names watched (empty = all)
     * @param guardingRisePctMvc  rise that counts as guarding on a calibrated channel, %MVC
     * @param guardingRiseUv      on an uncalibrated channel, uV
     * @param guardingWindowMs    the rise must begin within this time after force onset, ms
     * @param guardingSustainMs   and stay above the threshold this long, ms
     * @param baselineMs          pre-stroke rest window setting the baseline, ms
     * @param tailMs              responses count for a stroke this long after lift-off, ms
     * @param withdrawalMm        centre-of-pressure shift that counts as withdrawal, mm
     * @param withdrawalSustainMs the shift must last this long, ms
     */
    public record ResponseParameters(List<String> guardingChannels, double guardingRisePctMvc, double guardingRiseUv,
            double guardingWindowMs, double guardingSustainMs, double baselineMs, double tailMs, double withdrawalMm,
            double withdrawalSustainMs) {

        public ResponseParameters {
            guardingChannels = List.copyOf(guardingChannels);
        }
    }
}
