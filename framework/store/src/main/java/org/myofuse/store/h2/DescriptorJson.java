package org.myofuse.store.h2;

import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.stream.StreamInfo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.JacksonException;

/**
 * The stored description of a stream ({@code streams.descriptor_json}): the device and its channels
 * with units, rates, ranges and grid. The key names and value types are a stored format: databases
 * written since the first release hold them, so they stay as they are. A document looks like
 * <pre>{@code
 * {"deviceId":"...","typeId":"sim-mat","vendor":"...","model":"...","firmware":"...","serialNumber":"...",
 *  "maxFramesPerBlock":1,"grid":{"rows":32,"columns":32,"rowPitchMm":15.0,"columnPitchMm":15.0},
 *  "channels":[{"name":"...","unit":"kPa","sampleRateHz":100.0,"site":"...","min":0.0,"max":300.0,"resolution":0.1}]}
 * }</pre>
 * {@code grid} is present only for a grid device. {@code deviceId} and {@code maxFramesPerBlock} are
 * written for people reading the database; the store reads the device from the other keys.
 */
final class DescriptorJson {

    private DescriptorJson() {
    }

    /**
     * Makes Jackson ready for these documents: loads its classes and builds the (de)serialisers of the
     * records, grid included. Measured on the project's 2-core machine under load: the first document
     * written in a fresh JVM took 1.7-2.3 s, later ones about 1 ms. The recorder writes a stream's
     * document on its own thread when the stream opens, and its ring holds about 2.5 s, so the store
     * calls this before a session starts recording.
     */
    static void prepare() {
        var cell = new ChannelDescriptor("c", "u", 1, "", 0, 1, 1);
        parse(write("", new DeviceDescriptor("t", "", "", "", "", List.of(cell), new GridLayout(1, 1, 1, 1)), 1));
    }

    /** The document of a stream on the bus. */
    static String write(StreamInfo stream) {
        return write(stream.deviceId(), stream.descriptor(), stream.maxFramesPerBlock());
    }

    /** The same document for a stream that did not come from the bus (an import). */
    static String write(String deviceId, DeviceDescriptor d, int maxFramesPerBlock) {
        GridLayout g = d.grid();
        var document = new Stream(deviceId, d.typeId(), d.vendor(), d.model(), d.firmware(), d.serialNumber(),
                maxFramesPerBlock, g == null ? null : new Grid(g.rows(), g.columns(), g.rowPitchMm(), g.columnPitchMm()),
                d.channels().stream().map(Channel::of).toList());
        return Json.MAPPER.writeValueAsString(document);
    }

    /**
     * The device of a stored stream.
     *
     * @throws IllegalArgumentException {@code stream descriptor is damaged: <reason>} when the document is
     *                                  not JSON, lacks a key, has a value of the wrong type or describes no
     *                                  valid device
     */
    static DeviceDescriptor parse(String json) {
        try {
            return Json.MAPPER.readValue(json, Stream.class).device();
        } catch (JacksonException e) {
            throw new IllegalArgumentException("stream descriptor is damaged: " + Json.reason(e), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("stream descriptor is damaged: " + e.getMessage(), e);
        } catch (NullPointerException e) { // a key present with the value null: the record names the key
            throw new IllegalArgumentException("stream descriptor is damaged: " + e.getMessage() + " is null", e);
        }
    }

    /** The document; the order of the components is the order of the keys. */
    record Stream(String deviceId, @JsonProperty(required = true) String typeId,
            @JsonProperty(required = true) String vendor, @JsonProperty(required = true) String model,
            @JsonProperty(required = true) String firmware, @JsonProperty(required = true) String serialNumber,
            int maxFramesPerBlock, @JsonInclude(JsonInclude.Include.NON_NULL) Grid grid,
            @JsonProperty(required = true) List<Channel> channels) {

        DeviceDescriptor device() {
            return new DeviceDescriptor(typeId, vendor, model, firmware, serialNumber,
                    channels.stream().map(Channel::descriptor).toList(), grid == null ? null : grid.layout());
        }
    }

    record Grid(@JsonProperty(required = true) int rows, @JsonProperty(required = true) int columns,
            @JsonProperty(required = true) double rowPitchMm, @JsonProperty(required = true) double columnPitchMm) {

        GridLayout layout() {
            return new GridLayout(rows, columns, rowPitchMm, columnPitchMm);
        }
    }

    record Channel(@JsonProperty(required = true) String name, @JsonProperty(required = true) String unit,
            @JsonProperty(required = true) double sampleRateHz, @JsonProperty(required = true) String site,
            @JsonProperty(required = true) double min, @JsonProperty(required = true) double max,
            @JsonProperty(required = true) double resolution) {

        static Channel of(ChannelDescriptor c) {
            return new Channel(c.name(), c.unit(), c.sampleRateHz(), c.site(), c.min(), c.max(), c.resolution());
        }

        ChannelDescriptor descriptor() {
            return new ChannelDescriptor(name, unit, sampleRateHz, site, min, max, resolution);
        }
    }
}
