package org.myofuse.reports.stored;

import static org.myofuse.reports.stored.SessionReportModel.number;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.api.report.SessionReport.SummaryRow;

/** The summary table of a session report: the figures a therapist and a researcher look at first. */
final class SummaryRows {

    private SummaryRows() {
    }

    static List<SummaryRow> of(SessionSummary s) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Session", "Duration of the fused timeline", number(s.durationS(), 1), "s"));
        if (s.force() != null) {
            force(rows, s.force());
        }
        if (s.emg() != null) {
            emg(rows, s.emg());
        }
        if (s.mat() != null) {
            mat(rows, s.mat());
        }
        if (s.response() != null) {
            rows.add(new SummaryRow("Tissue response", "Guarding events", Integer.toString(s.response().guarding().size()), ""));
            rows.add(new SummaryRow("Tissue response", "Withdrawal events",
                    Integer.toString(s.response().withdrawal().size()), ""));
            var fit = s.response().byPeakForce();
            if (fit != null) {
                rows.add(new SummaryRow("Tissue response", "EMG rise per N of peak force (r = "
                        + number(fit.correlation(), 2) + ")", number(fit.slope(), 3), fit.responseUnit() + "/N"));
            }
        }
        return rows;
    }

    private static void force(List<SummaryRow> rows, SessionSummary.Force f) {
        String section = "Force (" + DeviceInfo.configuredName(f.device()) + ")";
        rows.add(new SummaryRow(section, "Strokes", Integer.toString(f.strokeCount()), ""));
        rows.add(new SummaryRow(section, "Stroke rate", number(f.strokeRatePerMin(), 1), "/min"));
        rows.add(new SummaryRow(section, "Mean normal force", number(f.meanNormalN(), 2), "N"));
        rows.add(new SummaryRow(section, "Peak normal force", number(f.peakNormalN(), 2), "N"));
        rows.add(new SummaryRow(section, "Mean shear force", number(f.meanShearN(), 2), "N"));
        rows.add(new SummaryRow(section, "Shear / normal ratio", number(f.shearToNormal(), 2), ""));
        rows.add(new SummaryRow(section, "Mean contact pressure", number(f.meanContactPressureKpa(), 1), "kPa"));
        rows.add(new SummaryRow(section, "Time in target band", number(f.timeInTargetS(), 1), "s"));
        rows.add(new SummaryRow(section, "Impulse", number(f.impulseNs(), 1), "N s"));
        rows.add(new SummaryRow(section, "Overpressure events", Integer.toString(f.overpressureEvents()), ""));
    }

    private static void emg(List<SummaryRow> rows, SessionSummary.Emg e) {
        for (var c : e.channels()) {
            String section = "EMG " + c.channel();
            rows.add(new SummaryRow(section, "RMS", number(c.rmsUv(), 1), "uV"));
            if (Double.isFinite(c.meanPctMvc())) {
                rows.add(new SummaryRow(section, "Mean activation", number(c.meanPctMvc(), 1), "%MVC"));
            }
            rows.add(new SummaryRow(section, "Onsets", Integer.toString(c.onsetsS().size()), ""));
            rows.add(new SummaryRow(section, "Median frequency", number(c.medianFrequencyHz(), 1), "Hz"));
        }
        for (var a : e.asymmetry()) {
            rows.add(new SummaryRow("EMG asymmetry", a.muscle() + " (" + a.basis() + ", + = right)",
                    number(a.indexPct(), 1), "%"));
        }
    }

    private static void mat(List<SummaryRow> rows, SessionSummary.Mat m) {
        String section = "Balance (" + DeviceInfo.configuredName(m.device()) + ")";
        rows.add(new SummaryRow(section, "Sway path length", number(m.pathLengthMm(), 0), "mm"));
        rows.add(new SummaryRow(section, "Mean sway velocity", number(m.meanVelocityMmS(), 1), "mm/s"));
        rows.add(new SummaryRow(section, "95% ellipse area", number(m.ellipseAreaMm2(), 0), "mm2"));
        rows.add(new SummaryRow(section, "Load left / right", number(m.leftLoadPct(), 1) + " / "
                + number(m.rightLoadPct(), 1), "%"));
        rows.add(new SummaryRow(section, "Load anterior / posterior", number(m.anteriorLoadPct(), 1) + " / "
                + number(m.posteriorLoadPct(), 1), "%"));
    }
}
