package org.myofuse.runtime.config;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myofuse.api.device.DeviceDriver;
import org.osgi.util.converter.Converter;
import org.osgi.util.converter.Converters;

/**
 * Turns configuration properties into an instance of a driver's configuration interface, enforcing
 * what the interface's metatype declares: unknown keys, unparsable values and values outside the
 * declared range or options are refused with a one-line message instead of being ignored or read as
 * zero; missing settings take the declared default.
 *
 * <p>The instance itself comes from the OSGi Converter (map to annotation or interface, with the
 * Declarative Services mapping of method names to keys, {@code PREFIX_} included), handed only values
 * {@link SettingValues} has already checked and typed. Thread-safe.
 */
public final class TypedConfigurations {

    private static final List<String> HOST_NAMESPACES = List.of("service.", "felix.", "component.", "osgi.");
    private static final Converter CONVERTER = Converters.standardConverter();

    private TypedConfigurations() {
    }

    /**
     * Creates the typed configuration.
     *
     * @param schema     the declaration of {@code schema.type()}
     * @param typeId     the device type id, used in messages
     * @param properties the configuration; the host's own keys ({@code port}, {@code name},
     *                   {@code service.*}, {@code felix.*}, {@code component.*}, {@code osgi.*}) are skipped
     * @throws IllegalArgumentException with a one-line message naming the setting and the reason
     */
    public static <C> C create(ConfigurationSchema schema, Class<C> type, String typeId, Map<String, ?> properties) {
        if (schema.type() != type) {
            throw new IllegalArgumentException(typeId + ": the schema describes " + schema.type().getName() + ", not " + type.getName());
        }
        for (String key : properties.keySet()) {
            if (!schema.settings().containsKey(key) && !isHostKey(key)) {
                throw new IllegalArgumentException("unknown setting '" + key + "' for device type " + typeId + " (known: "
                        + (schema.settings().isEmpty() ? "none" : String.join(", ", schema.sortedKeys())) + ")");
            }
        }
        var values = new LinkedHashMap<String, Object>();
        for (Setting setting : schema.settings().values()) {
            Object raw = properties.get(setting.id());
            if (raw == null && setting.defaults() != null) {
                raw = setting.isList() ? setting.defaults() : setting.defaults().get(0);
            }
            if (raw != null) {
                values.put(setting.id(), SettingValues.of(typeId, setting, raw));
            } else if (setting.required()) {
                throw new IllegalArgumentException("missing setting '" + setting.id() + "' for device type " + typeId);
            }
        }
        C configuration = CONVERTER.convert(values).to(type);
        readEverySetting(configuration, type, typeId);
        return configuration;
    }

    /** True for the keys that belong to the host or the framework, never to a driver. */
    public static boolean isHostKey(String key) {
        if (key.equals(DeviceDriver.PORT_PROPERTY) || key.equals(DeviceDriver.NAME_PROPERTY)) {
            return true;
        }
        for (String namespace : HOST_NAMESPACES) {
            if (key.startsWith(namespace)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Converter converts when a method is called: calling each once here turns an interface that
     * does not match its metatype (a stale build) into a refusal now instead of a failure in the driver.
     */
    private static void readEverySetting(Object configuration, Class<?> type, String typeId) {
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
                    || method.getDeclaringClass() == java.lang.annotation.Annotation.class
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                method.setAccessible(true); // configuration interfaces of tests are often package-private
                method.invoke(configuration);
            } catch (ReflectiveOperationException | RuntimeException e) {
                Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
                throw new IllegalArgumentException(typeId + ": configuration type " + type.getName() + " does not match its metatype: "
                        + method.getName() + "(): " + cause.getMessage(), cause);
            }
        }
    }
}
