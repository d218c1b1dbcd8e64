package org.myofuse.api.device;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A user's request for a device, as written on the command line: {@code TYPE[@PORT][?key=value&...]},
 * e.g. {@code openbci-cyton@/dev/ttyUSB0}, {@code sim-emg?seed=7}. The settings are checked against the
 * driver's typed configuration when the device is added, not here.
 *
 * @param typeId   device type id
 * @param port     port path or address, "" if none
 * @param name     display name, "" for the default
 * @param settings configuration values by key, as typed by the user (insertion order kept)
 */
public record DeviceRequest(String typeId, String port, String name, Map<String, String> settings) {

    public DeviceRequest {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(name, "name");
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * Parses a device spec.
     *
     * @throws IllegalArgumentException with a one-line message naming what is wrong
     */
    public static DeviceRequest parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        String rest = spec.strip();
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String port = "";
        int at = rest.indexOf('@');
        if (at >= 0) {
            port = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (port.isEmpty()) {
                throw new IllegalArgumentException("device spec '" + spec + "': empty port after '@'");
            }
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("device spec '" + spec + "': missing device type");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        String name = "";
        if (!query.isEmpty()) {
            for (String pair : query.split("&", -1)) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("device spec '" + spec + "': expected key=value, got '" + pair + "'");
                }
                String key = decode(pair.substring(0, eq));
                String value = decode(pair.substring(eq + 1));
                if (key.equals(DeviceDriver.NAME_PROPERTY)) {
                    name = value;
                } else if (key.equals(DeviceDriver.PORT_PROPERTY)) {
                    throw new IllegalArgumentException("device spec '" + spec + "': give the port as TYPE@PORT");
                } else if (settings.put(key, value) != null) {
                    throw new IllegalArgumentException("device spec '" + spec + "': '" + key + "' given twice");
                }
            }
        }
        return new DeviceRequest(rest, port, name, settings);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The spec this request was parsed from, normalised. */
    public String toSpec() {
        var sb = new StringBuilder(typeId);
        if (!port.isEmpty()) {
            sb.append('@').append(port);
        }
        char sep = '?';
        if (!name.isEmpty()) {
            sb.append(sep).append("name=").append(name);
            sep = '&';
        }
        for (var e : settings.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return sb.toString();
    }
}
