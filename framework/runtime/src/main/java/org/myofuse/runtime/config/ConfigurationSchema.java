package org.myofuse.runtime.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.SettingDescription;

/**
 * The settings a configuration interface declares, in declaration order, as its metatype says
 * ({@link Metatypes#of}). Immutable.
 *
 * @param type       the configuration interface
 * @param factoryPid the factory PID the metatype designates the interface for, if it does
 */
public record ConfigurationSchema(Class<?> type, Optional<String> factoryPid, Map<String, Setting> settings) {

    public ConfigurationSchema {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The declared keys, sorted (for messages). */
    public Set<String> sortedKeys() {
        return new TreeSet<>(settings.keySet());
    }

    /** The settings a user gives, in declaration order: all but the host's {@code port} and {@code name}. */
    public List<SettingDescription> describe() {
        return settings.values().stream()
                .filter(s -> !s.id().equals(DeviceDriver.PORT_PROPERTY) && !s.id().equals(DeviceDriver.NAME_PROPERTY))
                .map(Setting::describe).toList();
    }

    /**
     * The device type id the metatype's factory PID stands for ({@code org.myofuse.device.sim_emg} is
     * {@code sim-emg}), else the interface's simple name: what messages about a bare interface name.
     */
    public String typeId() {
        return factoryPid.filter(p -> p.startsWith(DeviceDriver.FACTORY_PID_PREFIX)).map(ConfigurationSchema::typeIdOf)
                .orElse(type.getSimpleName());
    }

    /** The type id of a device factory PID: {@code org.myofuse.device.sim_emg} gives {@code sim-emg}. */
    public static String typeIdOf(String factoryPid) {
        String tail = factoryPid.startsWith(DeviceDriver.FACTORY_PID_PREFIX)
                ? factoryPid.substring(DeviceDriver.FACTORY_PID_PREFIX.length()) : factoryPid;
        return tail.replace('_', '-');
    }
}
