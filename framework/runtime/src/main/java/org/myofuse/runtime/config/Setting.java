package org.myofuse.runtime.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.myofuse.api.device.SettingDescription;

/**
 * One setting as the metatype of a configuration interface declares it (an {@code AD} element).
 *
 * @param defaults the declared default, one string per value; null when none is declared
 * @param required whether a configuration without a value and without a default is refused
 */
public record Setting(String id, String name, String description, SettingDescription.Type type, int cardinality,
        List<String> defaults, Optional<String> min, Optional<String> max, List<SettingDescription.Option> options,
        boolean required) {

    public Setting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        defaults = defaults == null ? null : List.copyOf(defaults);
        options = List.copyOf(options);
    }

    /** Whether values are a list (an array or collection in the interface). */
    public boolean isList() {
        return cardinality != 0;
    }

    /** The most values a list may hold. */
    public int maxValues() {
        return cardinality == 0 ? 1 : cardinality == Integer.MIN_VALUE ? Integer.MAX_VALUE : Math.abs(cardinality);
    }

    public SettingDescription describe() {
        return new SettingDescription(id, name == null ? id : name, description == null ? "" : description, type,
                cardinality, defaults == null ? List.of() : defaults, min, max, options);
    }
}
