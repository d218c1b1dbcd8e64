package org.myofuse.store.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.store.json.JsonTree;

/**
 * Reads back the stream descriptor documents that {@link Json#descriptor} writes, through the store's
 * JSON reader rather than a JSON library in the bundle.
 */
final class DescriptorJson {

    private DescriptorJson() {
    }

    /** The device of a stored stream; {@link IllegalArgumentException} naming the problem if the document is damaged. */
    static DeviceDescriptor parse(String json) {
        Object value;
        try {
            value = JsonTree.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("stream descriptor is damaged: " + e.getMessage(), e);
        }
        if (!(value instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException("stream descriptor is not a JSON object");
        }
        List<ChannelDescriptor> channels = new ArrayList<>();
        for (Object o : list(root, "channels")) {
            Map<?, ?> c = (Map<?, ?>) o;
            channels.add(new ChannelDescriptor(string(c, "name"), string(c, "unit"), number(c, "sampleRateHz"),
                    string(c, "site"), number(c, "min"), number(c, "max"), number(c, "resolution")));
        }
        GridLayout grid = null;
        if (root.get("grid") instanceof Map<?, ?> g) {
            grid = new GridLayout((int) number(g, "rows"), (int) number(g, "columns"), number(g, "rowPitchMm"),
                    number(g, "columnPitchMm"));
        }
        return new DeviceDescriptor(string(root, "typeId"), string(root, "vendor"), string(root, "model"),
                string(root, "firmware"), string(root, "serialNumber"), channels, grid);
    }

    private static String string(Map<?, ?> map, String key) {
        if (map.get(key) instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("stream descriptor lacks text field " + key);
    }

    private static double number(Map<?, ?> map, String key) {
        if (map.get(key) instanceof Double d) {
            return d;
        }
        throw new IllegalArgumentException("stream descriptor lacks number field " + key);
    }

    private static List<?> list(Map<?, ?> map, String key) {
        if (map.get(key) instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("stream descriptor lacks list " + key);
    }
}
