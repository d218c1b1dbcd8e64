package org.myofuse.api.device;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting of a device type, as its driver declares it once, in the {@code @AttributeDefinition} of
 * its configuration interface (MetaType): what {@code myofuse devices --settings TYPE} prints and what a
 * settings form shows. The host enforces the same declaration when a device is configured.
 *
 * @param id           the key, as written in a device spec ({@code sampleRate}) or a {@code .cfg} file
 * @param name         a short human-readable name
 * @param description  one or two sentences, with the unit where there is one
 * @param type         the value type
 * @param cardinality  0 for a single value, otherwise the largest number of values (a list)
 * @param defaultValue the default, one string per value; empty when there is none
 * @param min          the smallest value allowed, if the declaration limits it
 * @param max          the largest value allowed (for strings: the longest), if the declaration limits it
 * @param options      the only values allowed, with their labels; empty when any value in range is allowed
 */
public record SettingDescription(String id, String name, String description, Type type, int cardinality,
        List<String> defaultValue, Optional<String> min, Optional<String> max, List<Option> options) {

    /** The value types MetaType knows. */
    public enum Type {
        STRING, LONG, INTEGER, SHORT, CHARACTER, BYTE, DOUBLE, FLOAT, BOOLEAN, PASSWORD
    }

    /**
     * One allowed value.
     *
     * @param value the value as written in a spec or file
     * @param label what a person reads
     */
    public record Option(String value, String label) {
        public Option {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
        }
    }

    public SettingDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        defaultValue = List.copyOf(defaultValue);
        options = List.copyOf(options);
    }
}
