package org.myofuse.fusion;

import java.util.List;
import java.util.Locale;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.fusion.dsp.EmgChain;
import org.myofuse.fusion.dsp.EmgFilterPlan;
import org.myofuse.fusion.dsp.MedianFrequency;
import org.myofuse.fusion.dsp.MvcNormaliser;
import org.myofuse.fusion.dsp.OnsetDetector;
import org.myofuse.fusion.force.ForceProcessor;
import org.myofuse.fusion.mat.MatProcessor;
import org.myofuse.fusion.mat.MatSession;
import org.myofuse.fusion.osgi.FusionConfig;
import org.myofuse.fusion.time.ClockModel;

/**
 * The three kinds of track, and how a stream is recognised: a grid is a mat, Fx/Fy/Fz in N a force
 * tool, a stream with channels in uV an EMG amplifier (its other channels, such as a Cyton's
 * accelerometer in g, are not EMG and are left out).
 */
final class Tracks {

    private Tracks() {
    }

    enum Kind { EMG, FORCE, MAT, OTHER }

    static Kind kindOf(DeviceDescriptor d) {
        if (d.grid() != null) {
            return Kind.MAT;
        }
        if (d.channelIndex("Fx") >= 0 && d.channelIndex("Fy") >= 0 && d.channelIndex("Fz") >= 0
                && "N".equals(d.channels().get(d.channelIndex("Fz")).unit())) {
            return Kind.FORCE;
        }
        return emgChannels(d).length > 0 ? Kind.EMG : Kind.OTHER;
    }

    /** Indices of a stream's EMG channels: those in microvolts. */
    static int[] emgChannels(DeviceDescriptor d) {
        return java.util.stream.IntStream.range(0, d.channels().size())
                .filter(i -> "uV".equals(d.channels().get(i).unit())).toArray();
    }

    /** The onset detection low-pass actually used: the configured corner, kept below the rate's Nyquist. */
    static double onsetSmoothingHz(FusionConfig c, double sampleRateHz) {
        return Math.min(c.onsetSmoothingHz(), 0.45 * sampleRateHz);
    }

    static ClockModel clock(StreamInfo info, double latencyMs, FusionConfig c) {
        return new ClockModel(info.sampleRateHz(), latencyMs, 1, c.clockFitSeconds());
    }

    static final class Emg extends Track {
        final EmgChain chain;
        final OnsetDetector[] onsets;
        final MedianFrequency[] medians;
        final MvcNormaliser[] mvc;
        final int emgOffset;
        private final double[] filtered;
        private final double[] envelope;
        private final EventSink sink;
        private final List<ChannelDescriptor> channels;
        /** Session-long statistics; null in the live engine, which then pays nothing for them. */
        final EmgSessionStats stats;

        /** Where each EMG channel is in the stream's frames. */
        private final int[] source;
        private final String[] sourceNames;
        /** The EMG channels of a block side by side, when the stream carries other channels too; else null. */
        private final float[] gathered;

        Emg(StreamInfo info, FusionConfig c, long tickNanos, int emgOffset, EventSink sink, boolean sessionStats) {
            super(info, clock(info, c.emgLatencyMs(), c), tickNanos, emgChannels(info.descriptor()).length);
            this.source = emgChannels(info.descriptor());
            int n = source.length;
            this.gathered = n == info.channels() ? null : new float[info.maxFramesPerBlock() * n];
            EmgFilterPlan plan = EmgFilterPlan.of(info.sampleRateHz(), c.emgBandLowHz(), c.emgBandHighHz(),
                    c.emgBandOrder(), c.mainsHz(), c.notchHarmonics(), c.notchBandwidthHz());
            this.chain = new EmgChain(plan, c.rmsWindowMs(), n);
            this.onsets = new OnsetDetector[n];
            this.medians = new MedianFrequency[n];
            this.mvc = new MvcNormaliser[n];
            for (int ch = 0; ch < n; ch++) {
                onsets[ch] = new OnsetDetector(info.sampleRateHz(), onsetSmoothingHz(c, info.sampleRateHz()),
                        c.onsetK(), c.onsetBaselineS(), c.onsetMinDurationMs(), c.onsetTeagerKaiser(), c.onsetFastK(),
                        c.onsetFastDurationMs());
                medians[ch] = new MedianFrequency(info.sampleRateHz(), c.medianFrequencyWindowS());
                mvc[ch] = new MvcNormaliser(ch + emgOffset < c.mvcUv().length ? c.mvcUv()[ch + emgOffset] : 0);
            }
            this.filtered = new double[info.maxFramesPerBlock() * n];
            this.envelope = new double[info.maxFramesPerBlock() * n];
            this.emgOffset = emgOffset;
            this.sink = sink;
            this.channels = info.descriptor().channels();
            this.sourceNames = new String[n];
            for (int ch = 0; ch < n; ch++) {
                sourceNames[ch] = info.deviceId() + "/" + channels.get(source[ch]).name();
            }
            this.stats = sessionStats ? new EmgSessionStats(n) : null;
        }

        /** EMG channels of this stream. */
        int count() {
            return source.length;
        }

        /** Name of EMG channel {@code c}. */
        String name(int c) {
            return channels.get(source[c]).name();
        }

        /** {@code <device id>/<channel name>}, the source events of this channel carry; one String per channel. */
        String sourceName(int channel) {
            return sourceNames[channel];
        }

        @Override
        void prepare(SampleBlock block) {
            chain.process(gathered == null ? block.samples() : gather(block), block.frames(), filtered, envelope);
            if (stats != null) {
                stats.addSquares(filtered, block.frames());
            }
        }

        private float[] gather(SampleBlock block) {
            int n = source.length;
            int channels = block.channels();
            float[] in = block.samples();
            for (int f = 0; f < block.frames(); f++) {
                for (int ch = 0; ch < n; ch++) {
                    gathered[f * n + ch] = in[f * channels + source[ch]];
                }
            }
            return gathered;
        }

        @Override
        void frame(float[] samples, int offset, long index, int f) {
            int n = onsets.length;
            for (int ch = 0; ch < n; ch++) {
                double x = filtered[f * n + ch];
                if (medians[ch].step(x) && stats != null) {
                    stats.medianWindow(ch, clock.timeOf(index), medians[ch].last());
                }
                var t = onsets[ch].step(x, index);
                if (t != OnsetDetector.Transition.NONE) {
                    String name = name(ch);
                    sink.event(t == OnsetDetector.Transition.ONSET ? TherapyEventType.EMG_ONSET : TherapyEventType.EMG_OFFSET,
                            onsets[ch].transitionIndex(), name, mvc[ch].normalise(envelope[f * n + ch]), mvc[ch].unit(),
                            name + (t == OnsetDetector.Transition.ONSET ? " onset" : " offset"));
                }
            }
            lastFrame = f;
        }

        private int lastFrame;

        @Override
        void snapshot(double[] ring, int at) {
            int n = onsets.length;
            for (int ch = 0; ch < n; ch++) {
                ring[at + ch] = mvc[ch].normalise(envelope[lastFrame * n + ch]);
            }
        }

        @Override
        void gap() {
            chain.reset();
            for (int ch = 0; ch < onsets.length; ch++) {
                onsets[ch].restart();
                medians[ch].restart();
            }
        }
    }

    static final class Force extends Track {
        final ForceProcessor force;
        private final int x;
        private final int y;
        private final int z;

        Force(StreamInfo info, FusionConfig c, long tickNanos, EventSink sink) {
            super(info, clock(info, c.forceLatencyMs(), c), tickNanos, 2);
            this.force = new ForceProcessor(FusionSettings.force(c), info.sampleRateHz(), info.deviceId(), sink);
            DeviceDescriptor d = info.descriptor();
            this.x = d.channelIndex("Fx");
            this.y = d.channelIndex("Fy");
            this.z = d.channelIndex("Fz");
        }

        @Override
        void frame(float[] s, int offset, long index, int f) {
            force.step(index, s[offset + x], s[offset + y], s[offset + z]);
        }

        @Override
        void snapshot(double[] ring, int at) {
            ring[at] = force.normalN();
            ring[at + 1] = force.shearN();
        }

        @Override
        void gap() {
            force.gap();
        }
    }

    static final class Mat extends Track {
        final MatProcessor mat;
        /** Session-long measures; null in the live engine. */
        final MatSession session;

        Mat(StreamInfo info, FusionConfig c, long tickNanos, boolean sessionStats) {
            super(info, clock(info, c.matLatencyMs(), c), tickNanos, 2);
            this.mat = new MatProcessor(info.descriptor().grid(), info.sampleRateHz(), c.matContactKpa(), c.swayWindowS());
            this.session = sessionStats ? new MatSession(info.descriptor().grid(), info.sampleRateHz()) : null;
        }

        @Override
        void frame(float[] s, int offset, long index, int f) {
            mat.step(s, offset);
            if (session != null) {
                session.add(s, offset, mat);
            }
        }

        @Override
        void snapshot(double[] ring, int at) {
            ring[at] = mat.copXmm();
            ring[at + 1] = mat.copYmm();
        }

        @Override
        void gap() {
            mat.gap();
            if (session != null) {
                session.gap();
            }
        }
    }

    static String describe(Track t) {
        return String.format(Locale.ROOT, "%s (%s, %.0f Hz)", t.info.deviceId(), t.getClass().getSimpleName(),
                t.info.sampleRateHz());
    }
}
