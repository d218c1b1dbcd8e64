package org.myofuse.store.h2;

import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.StreamInfo;

/** The JSON documents the store writes: small and fixed, so written by hand. */
final class Json {

    private Json() {
    }

    /** A stream's device and channels, with units, rates, ranges and grid. */
    static String descriptor(StreamInfo stream) {
        return descriptor(stream.deviceId(), stream.descriptor(), stream.maxFramesPerBlock());
    }

    /** The same document for a stream that did not come from the bus (an import). */
    static String descriptor(String deviceId, DeviceDescriptor d, int maxFramesPerBlock) {
        StringBuilder b = new StringBuilder(256 + 128 * d.channels().size());
        b.append('{');
        field(b, "deviceId", deviceId).append(',');
        field(b, "typeId", d.typeId()).append(',');
        field(b, "vendor", d.vendor()).append(',');
        field(b, "model", d.model()).append(',');
        field(b, "firmware", d.firmware()).append(',');
        field(b, "serialNumber", d.serialNumber()).append(',');
        b.append("\"maxFramesPerBlock\":").append(maxFramesPerBlock).append(',');
        d.gridLayout().ifPresent(g -> b.append("\"grid\":{\"rows\":").append(g.rows()).append(",\"columns\":")
                .append(g.columns()).append(",\"rowPitchMm\":").append(g.rowPitchMm()).append(",\"columnPitchMm\":")
                .append(g.columnPitchMm()).append("},"));
        b.append("\"channels\":[");
        List<ChannelDescriptor> channels = d.channels();
        for (int i = 0; i < channels.size(); i++) {
            ChannelDescriptor c = channels.get(i);
            b.append(i == 0 ? "{" : ",{");
            field(b, "name", c.name()).append(',');
            field(b, "unit", c.unit()).append(',');
            b.append("\"sampleRateHz\":").append(c.sampleRateHz()).append(',');
            field(b, "site", c.site()).append(',');
            b.append("\"min\":").append(c.min()).append(",\"max\":").append(c.max()).append(",\"resolution\":")
                    .append(c.resolution()).append('}');
        }
        return b.append("]}").toString();
    }

    static StringBuilder field(StringBuilder b, String name, String value) {
        string(b, name).append(':');
        return string(b, value);
    }

    static StringBuilder string(StringBuilder b, String value) {
        b.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"');
    }
}
