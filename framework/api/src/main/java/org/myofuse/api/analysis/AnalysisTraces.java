package org.myofuse.api.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The fused frames of a session and what a chart draws over them. Frame {@code i} of every array is
 * the fused frame at {@code timeS[i]}; a value no device provided at that frame is NaN. Arrays are
 * the traces' own, not copies (an hour at 100 Hz is 360 000 frames): callers must not modify them.
 * {@link #equals} compares array contents.
 *
 * @param frameRateHz   fused frame rate, Hz
 * @param timeS         session time of each frame, s from the session clock's origin
 * @param normalN       normal force, N; null without a force tool
 * @param shearN        shear force magnitude, N; null without a force tool
 * @param emg           one envelope per EMG channel, in frame order; empty without EMG
 * @param copXmm        centre of pressure, medio-lateral, mm (+ patient's right); null without a mat
 * @param copYmm        centre of pressure, antero-posterior, mm (+ anterior); null without a mat
 * @param strokes       completed strokes of the force tool; empty without one
 * @param onsets        EMG onsets of every channel, in time order
 * @param targetLowN    lower edge of the target force band, N
 * @param targetHighN   upper edge of the target force band, N
 * @param ellipse       whole-session 95 % centre-of-pressure ellipse; null without a mat or with under four positions
 * @param meanPressure  mean pressure of each mat cell over the session; null without a mat
 */
public record AnalysisTraces(double frameRateHz, double[] timeS, float[] normalN, float[] shearN, List<EmgTrace> emg,
        float[] copXmm, float[] copYmm, List<Stroke> strokes, List<Onset> onsets, double targetLowN, double targetHighN,
        CopEllipse ellipse, PressureMap meanPressure) {

    public AnalysisTraces {
        Objects.requireNonNull(timeS, "timeS");
        emg = List.copyOf(emg);
        strokes = List.copyOf(strokes);
        onsets = List.copyOf(onsets);
    }

    /** Number of frames. */
    public int frames() {
        return timeS.length;
    }

    /**
     * The envelope of one EMG channel.
     *
     * @param device   configured device id
     * @param channel  channel name
     * @param unit     {@code %MVC} when calibrated, else {@code uV} (RMS)
     * @param envelope RMS envelope at each frame, in {@code unit}
     */
    public record EmgTrace(String device, String channel, String unit, float[] envelope) {

        @Override
        public boolean equals(Object o) {
            return o instanceof EmgTrace t && device.equals(t.device) && channel.equals(t.channel) && unit.equals(t.unit)
                    && Arrays.equals(envelope, t.envelope);
        }

        @Override
        public int hashCode() {
            return Objects.hash(device, channel, unit, Arrays.hashCode(envelope));
        }

        @Override
        public String toString() {
            return "EmgTrace[" + device + "/" + channel + ", " + unit + ", " + envelope.length + " frames]";
        }
    }

    /**
     * One stroke of the force tool.
     *
     * @param startS first sample in contact, s
     * @param endS   first sample after lift-off, s
     * @param peakN  highest normal force, N
     * @param meanN  mean normal force over the contact, N
     */
    public record Stroke(double startS, double endS, double peakN, double meanN) {
    }

    /**
     * One EMG onset.
     *
     * @param channel {@code device/channel}
     * @param timeS   session time, s
     */
    public record Onset(String channel, double timeS) {
    }

    /**
     * Mean pressure of each mat cell over the session's mat frames.
     *
     * @param rows          rows; row 0 is the anterior edge
     * @param columns       columns; column 0 is the patient's left
     * @param rowPitchMm    distance between cell centres along a column, mm
     * @param columnPitchMm distance between cell centres along a row, mm
     * @param meanKpa       row-major, {@code rows * columns} values, kPa
     */
    public record PressureMap(int rows, int columns, double rowPitchMm, double columnPitchMm, float[] meanKpa) {

        public PressureMap {
            if (meanKpa.length != rows * columns) {
                throw new IllegalArgumentException(meanKpa.length + " values for " + rows + "x" + columns + " cells");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PressureMap p && rows == p.rows && columns == p.columns
                    && Double.compare(rowPitchMm, p.rowPitchMm) == 0 && Double.compare(columnPitchMm, p.columnPitchMm) == 0
                    && Arrays.equals(meanKpa, p.meanKpa);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rows, columns, rowPitchMm, columnPitchMm, Arrays.hashCode(meanKpa));
        }

        @Override
        public String toString() {
            return "PressureMap[" + rows + "x" + columns + ", " + rowPitchMm + " x " + columnPitchMm + " mm]";
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysisTraces t && Double.compare(frameRateHz, t.frameRateHz) == 0
                && Arrays.equals(timeS, t.timeS) && Arrays.equals(normalN, t.normalN) && Arrays.equals(shearN, t.shearN)
                && emg.equals(t.emg) && Arrays.equals(copXmm, t.copXmm) && Arrays.equals(copYmm, t.copYmm)
                && strokes.equals(t.strokes) && onsets.equals(t.onsets) && Double.compare(targetLowN, t.targetLowN) == 0
                && Double.compare(targetHighN, t.targetHighN) == 0 && Objects.equals(ellipse, t.ellipse)
                && Objects.equals(meanPressure, t.meanPressure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frameRateHz, Arrays.hashCode(timeS), Arrays.hashCode(normalN), Arrays.hashCode(shearN), emg,
                Arrays.hashCode(copXmm), Arrays.hashCode(copYmm), strokes, onsets, targetLowN, targetHighN, ellipse,
                meanPressure);
    }

    @Override
    public String toString() {
        return "AnalysisTraces[" + timeS.length + " frames at " + frameRateHz + " Hz, " + emg.size() + " EMG channels, "
                + strokes.size() + " strokes, " + onsets.size() + " onsets, force " + (normalN != null) + ", mat "
                + (copXmm != null) + "]";
    }
}
