package org.myofuse.commands;

import java.util.List;

import org.myofuse.api.device.DeviceState;

/** The lines {@code myofuse run} prints: per-second status, state changes and the final summary. */
final class StatusLine {

    /** One device in a status line. */
    record DeviceStatus(String name, DeviceState state, String reason, long samplesPerSecond, long gaps, long drops) {
    }

    /** One device in the final summary. */
    record DeviceTotals(String name, long samples, long gaps, long gapSamples, long drops, String endReason) {
    }

    static final int MAX_REASON = 60;

    private StatusLine() {
    }

    /** Elapsed time as {@code mm:ss}, or {@code h:mm:ss} from one hour on. */
    static String elapsed(long nanos) {
        long seconds = Math.max(0, nanos) / 1_000_000_000L;
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
    }

    /** E.g. {@code 00:03  sim-iastm 1000 S/s gaps 0 drops 0 | sim-emg DISCONNECTED (port gone)}. */
    static String status(long elapsedNanos, List<DeviceStatus> devices) {
        var sb = new StringBuilder(elapsed(elapsedNanos)).append("  ");
        if (devices.isEmpty()) {
            return sb.append("no devices").toString();
        }
        for (int i = 0; i < devices.size(); i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            appendDevice(sb, devices.get(i));
        }
        return sb.toString();
    }

    private static void appendDevice(StringBuilder sb, DeviceStatus d) {
        sb.append(d.name()).append(' ');
        if (isFlowing(d.state())) {
            sb.append(d.samplesPerSecond()).append(" S/s gaps ").append(d.gaps()).append(" drops ").append(d.drops());
        } else {
            sb.append(d.state());
            if (!d.reason().isEmpty()) {
                sb.append(" (").append(abbreviate(d.reason())).append(')');
            }
        }
    }

    /** Reasons repeat every second in status lines: long ones are cut there (state-change lines keep them whole). */
    static String abbreviate(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 3) + "...";
    }

    /** E.g. {@code 00:04  sim-emg DISCONNECTED: serial port gone}. */
    static String event(long elapsedNanos, String name, DeviceState state, String reason) {
        return elapsed(elapsedNanos) + "  " + name + " " + state + (reason.isEmpty() ? "" : ": " + reason);
    }

    /** E.g. {@code sim-emg: 20000 samples, 0 gaps, 0 drops; stream ended: device removed}. */
    static String summary(DeviceTotals t) {
        var sb = new StringBuilder(t.name()).append(": ").append(t.samples()).append(" samples, ").append(t.gaps())
                .append(t.gaps() == 1 ? " gap" : " gaps");
        if (t.gapSamples() > 0) {
            sb.append(" (").append(t.gapSamples()).append(" samples missing)");
        }
        sb.append(", ").append(t.drops()).append(t.drops() == 1 ? " drop" : " drops");
        if (!t.endReason().isEmpty()) {
            sb.append("; stream ended: ").append(t.endReason());
        }
        return sb.toString();
    }

    /** Samples per second over an interval, rounded. */
    static long rate(long samples, long intervalNanos) {
        return intervalNanos <= 0 ? 0 : Math.round(samples * 1e9 / intervalNanos);
    }

    private static boolean isFlowing(DeviceState state) {
        return state == DeviceState.STREAMING || state == DeviceState.RECONNECTED;
    }
}
