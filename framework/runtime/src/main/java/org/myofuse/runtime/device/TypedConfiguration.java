package org.myofuse.runtime.device;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.myofuse.api.device.DeviceDriver;

/**
 * Turns configuration properties into an instance of a driver's typed configuration interface (an
 * {@code @ObjectClassDefinition} annotation interface, or a plain interface), the way Declarative
 * Services does for components, but strictly: unknown keys and unparsable values are refused with a
 * one-line message instead of being ignored or read as zero.
 *
 * <p>Property keys follow the DS mapping of method names: {@code _} becomes {@code .}, {@code __}
 * becomes {@code _}, {@code $_$} becomes {@code -}, {@code $$} becomes {@code $}, a lone {@code $} is
 * dropped, and a {@code PREFIX_} constant in the interface is put in front. (The DS rule for
 * single-element annotations is not applied; configuration interfaces have many elements.)
 *
 * <p>Values may be Strings (configuration files and the command line), Numbers, Booleans, arrays or
 * collections. A String given for an array setting is split at commas, each element trimmed; an empty
 * String is an empty array.
 */
public final class TypedConfiguration {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final List<String> HOST_NAMESPACES = List.of("service.", "felix.", "component.", "osgi.");

    private TypedConfiguration() {
    }

    /**
     * Creates the typed configuration.
     *
     * @param type       the configuration interface
     * @param typeId     the device type id, used in messages
     * @param properties the configuration; the host's own keys ({@code port}, {@code name},
     *                   {@code service.*}, {@code felix.*}, {@code component.*}, {@code osgi.*}) are skipped
     * @throws IllegalArgumentException with a one-line message naming the setting and the reason
     */
    public static <C> C create(Class<C> type, String typeId, Map<String, ?> properties) {
        Map<String, Method> settings = settings(type, typeId);
        for (String key : properties.keySet()) {
            if (!settings.containsKey(key) && !isHostKey(key)) {
                throw new IllegalArgumentException("unknown setting '" + key + "' for device type " + typeId
                        + " (known: " + (settings.isEmpty() ? "none" : String.join(", ", settings.keySet())) + ")");
            }
        }
        var values = new TreeMap<String, Object>();
        for (var entry : settings.entrySet()) {
            Method method = entry.getValue();
            Object raw = properties.get(entry.getKey());
            Object value;
            if (raw != null) {
                value = new Conversion(typeId, entry.getKey(), raw).to(method.getReturnType());
            } else if (method.getDefaultValue() != null) {
                value = method.getDefaultValue();
            } else if (method.isDefault()) {
                continue; // a plain interface's default method computes the value itself
            } else {
                throw new IllegalArgumentException("missing setting '" + entry.getKey() + "' for device type " + typeId);
            }
            values.put(method.getName(), value);
        }
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Handler(type, values));
        return type.cast(proxy);
    }

    /** The property keys a configuration interface understands, sorted. */
    public static List<String> keys(Class<?> type) {
        return List.copyOf(settings(type, type.getName()).keySet());
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

    /** The DS property key of a configuration method. */
    public static String keyOf(String methodName, String prefix) {
        var key = new StringBuilder(prefix);
        int n = methodName.length();
        for (int i = 0; i < n; i++) {
            char c = methodName.charAt(i);
            if (c == '$') {
                if (methodName.startsWith("$$", i)) {
                    key.append('$');
                    i++;
                } else if (methodName.startsWith("$_$", i)) {
                    key.append('-');
                    i += 2;
                }
                // a lone '$' is dropped
            } else if (c == '_') {
                if (methodName.startsWith("__", i)) {
                    key.append('_');
                    i++;
                } else {
                    key.append('.');
                }
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static Map<String, Method> settings(Class<?> type, String typeId) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(typeId + ": configuration type " + type.getName() + " is not an interface");
        }
        String prefix = prefixOf(type);
        var settings = new TreeMap<String, Method>();
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
                    || method.getDeclaringClass() == java.lang.annotation.Annotation.class
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            settings.put(keyOf(method.getName(), prefix), method);
        }
        return settings;
    }

    private static String prefixOf(Class<?> type) {
        try {
            Field field = type.getField("PREFIX_");
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                return (String) field.get(null);
            }
        } catch (NoSuchFieldException | IllegalAccessException e) {
            // no prefix
        }
        return "";
    }

    /** One property value on its way to one method's return type. */
    private record Conversion(String typeId, String key, Object raw) {

        Object to(Class<?> target) {
            if (target.isArray()) {
                return toArray(target.getComponentType());
            }
            return scalar(single(), target, false);
        }

        private Object single() {
            List<Object> elements = elements(false);
            if (elements.size() != 1) {
                throw invalid("expected a single value");
            }
            return elements.get(0);
        }

        private Object toArray(Class<?> component) {
            List<Object> elements = elements(true);
            Object array = Array.newInstance(component, elements.size());
            for (int i = 0; i < elements.size(); i++) {
                Array.set(array, i, scalar(elements.get(i), component, true));
            }
            return array;
        }

        private List<Object> elements(boolean splitStrings) {
            if (raw.getClass().isArray()) {
                var list = new ArrayList<Object>();
                for (int i = 0; i < Array.getLength(raw); i++) {
                    list.add(Array.get(raw, i));
                }
                return list;
            }
            if (raw instanceof Collection<?> collection) {
                return new ArrayList<>(collection);
            }
            if (splitStrings && raw instanceof String s) {
                if (s.isBlank()) {
                    return List.of();
                }
                return new ArrayList<>(Arrays.stream(s.split(",", -1)).map(String::strip).toList());
            }
            return List.of(raw);
        }

        private Object scalar(Object value, Class<?> target, boolean inList) {
            if (value == null) {
                throw failure("no value", target, inList, "");
            }
            if (target == String.class) {
                return value.toString();
            }
            if (target == boolean.class) {
                return toBoolean(value, inList);
            }
            if (target == int.class || target == long.class || target == short.class || target == byte.class) {
                return toInteger(value, target, inList);
            }
            if (target == double.class || target == float.class) {
                return toDecimal(value, target, inList);
            }
            if (target == char.class) {
                String s = value.toString();
                if (s.length() != 1) {
                    throw failure(value, target, inList, "");
                }
                return s.charAt(0);
            }
            if (target.isEnum()) {
                return toEnum(value, target, inList);
            }
            throw new IllegalArgumentException("device type " + typeId + ": setting '" + key + "' has type "
                    + target.getName() + ", which a configuration cannot carry");
        }

        private Object toBoolean(Object value, boolean inList) {
            if (value instanceof Boolean b) {
                return b;
            }
            String s = value.toString().strip();
            if (s.equalsIgnoreCase("true")) {
                return true;
            }
            if (s.equalsIgnoreCase("false")) {
                return false;
            }
            throw failure(value, boolean.class, inList, "");
        }

        private Object toInteger(Object value, Class<?> target, boolean inList) {
            long number;
            if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                number = ((Number) value).longValue();
            } else if (value instanceof Number n) {
                double d = n.doubleValue();
                if (d != Math.rint(d) || Double.isInfinite(d) || Math.abs(d) > 0x1p53) {
                    throw failure(value, target, inList, "");
                }
                number = (long) d;
            } else {
                String s = value.toString().strip();
                if (!INTEGER.matcher(s).matches()) {
                    throw failure(value, target, inList, "");
                }
                try {
                    number = Long.parseLong(s);
                } catch (NumberFormatException e) {
                    throw failure(value, target, inList, " " + range(target));
                }
            }
            if (target == long.class) {
                return number;
            }
            long min = target == int.class ? Integer.MIN_VALUE : target == short.class ? Short.MIN_VALUE : Byte.MIN_VALUE;
            long max = target == int.class ? Integer.MAX_VALUE : target == short.class ? Short.MAX_VALUE : Byte.MAX_VALUE;
            if (number < min || number > max) {
                throw failure(value, target, inList, " " + range(target));
            }
            return target == int.class ? (Object) (int) number
                    : target == short.class ? (Object) (short) number : (Object) (byte) number;
        }

        private Object toDecimal(Object value, Class<?> target, boolean inList) {
            double d;
            if (value instanceof Number n) {
                d = n.doubleValue();
            } else {
                String s = value.toString().strip();
                if (!DECIMAL.matcher(s).matches()) {
                    throw failure(value, target, inList, "");
                }
                d = Double.parseDouble(s);
            }
            if (!Double.isFinite(d) || (target == float.class && Float.isInfinite((float) d))) {
                throw failure(value, target, inList, "");
            }
            return target == float.class ? (Object) (float) d : (Object) d;
        }

        private Object toEnum(Object value, Class<?> target, boolean inList) {
            String s = value.toString().strip();
            Object[] constants = target.getEnumConstants();
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equals(s)) {
                    return constant;
                }
            }
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(s)) {
                    return constant;
                }
            }
            throw failure(value, target, inList, "");
        }

        private static String one(Class<?> target) {
            if (target == boolean.class) {
                return "true or false";
            }
            if (target == int.class || target == long.class || target == short.class || target == byte.class) {
                return "an integer";
            }
            if (target == double.class || target == float.class) {
                return "a number";
            }
            if (target == char.class) {
                return "a single character";
            }
            return "one of " + enumNames(target);
        }

        private static String many(Class<?> target) {
            if (target == boolean.class) {
                return "true/false values";
            }
            if (target == int.class || target == long.class || target == short.class || target == byte.class) {
                return "integers";
            }
            if (target == double.class || target == float.class) {
                return "numbers";
            }
            if (target == char.class) {
                return "single characters";
            }
            return "values among " + enumNames(target);
        }

        private static String enumNames(Class<?> target) {
            return String.join(", ", Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }

        /** A refused value; for a list item the message shows the whole list and names the bad item. */
        private IllegalArgumentException failure(Object value, Class<?> target, boolean inList, String detail) {
            if (!inList) {
                return invalid(value, "expected " + one(target) + detail);
            }
            return invalid(raw, "expected a comma-separated list of " + many(target) + detail + " ('" + value
                    + "' is not one)");
        }

        private static String range(Class<?> target) {
            if (target == int.class) {
                return "between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
            }
            if (target == short.class) {
                return "between " + Short.MIN_VALUE + " and " + Short.MAX_VALUE;
            }
            if (target == byte.class) {
                return "between " + Byte.MIN_VALUE + " and " + Byte.MAX_VALUE;
            }
            return "between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE;
        }

        private IllegalArgumentException invalid(String expectation) {
            return invalid(raw, expectation);
        }

        private IllegalArgumentException invalid(Object value, String expectation) {
            String shown = value.getClass().isArray() ? Arrays.deepToString(new Object[] {value}) : String.valueOf(value);
            if (value.getClass().isArray()) {
                shown = shown.substring(1, shown.length() - 1);
            }
            return new IllegalArgumentException("invalid value '" + shown + "' for " + typeId + " setting '" + key
                    + "': " + expectation);
        }
    }

    /** Answers the interface's methods from the converted values; behaves like an annotation instance. */
    private static final class Handler implements InvocationHandler {

        private final Class<?> type;
        private final Map<String, Object> values;

        Handler(Class<?> type, Map<String, Object> values) {
            this.type = type;
            this.values = values;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            int arity = method.getParameterCount();
            if (arity == 1 && name.equals("equals") && method.getParameterTypes()[0] == Object.class) {
                return equalTo(proxy, args[0]);
            }
            if (arity == 0) {
                switch (name) {
                    case "hashCode":
                        return hash();
                    case "toString":
                        return text();
                    case "annotationType":
                        if (type.isAnnotation()) {
                            return type;
                        }
                        break;
                    default:
                        break;
                }
                if (values.containsKey(name)) {
                    return copy(values.get(name));
                }
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new UnsupportedOperationException(type.getName() + "." + name);
        }

        private boolean equalTo(Object proxy, Object other) throws ReflectiveOperationException {
            if (proxy == other) {
                return true;
            }
            if (!type.isInstance(other)) {
                return false;
            }
            for (var entry : values.entrySet()) {
                Object theirs = type.getMethod(entry.getKey()).invoke(other);
                if (!Objects.deepEquals(entry.getValue(), theirs)) {
                    return false;
                }
            }
            return true;
        }

        /** The {@link java.lang.annotation.Annotation#hashCode()} formula, so equal instances hash alike. */
        private int hash() {
            int hash = 0;
            for (var entry : values.entrySet()) {
                hash += (127 * entry.getKey().hashCode()) ^ valueHash(entry.getValue());
            }
            return hash;
        }

        private static int valueHash(Object value) {
            if (!value.getClass().isArray()) {
                return value.hashCode();
            }
            if (value instanceof Object[] a) {
                return Arrays.hashCode(a);
            }
            if (value instanceof int[] a) {
                return Arrays.hashCode(a);
            }
            if (value instanceof long[] a) {
                return Arrays.hashCode(a);
            }
            if (value instanceof double[] a) {
                return Arrays.hashCode(a);
            }
            if (value instanceof float[] a) {
                return Arrays.hashCode(a);
            }
            if (value instanceof boolean[] a) {
                return Arrays.hashCode(a);
            }
            if (value instanceof short[] a) {
                return Arrays.hashCode(a);
            }
            if (value instanceof byte[] a) {
                return Arrays.hashCode(a);
            }
            return Arrays.hashCode((char[]) value);
        }

        private String text() {
            var sb = new StringBuilder(type.isAnnotation() ? "@" : "").append(type.getName()).append('(');
            String sep = "";
            for (var entry : values.entrySet()) {
                Object v = entry.getValue();
                String shown = v.getClass().isArray() ? Arrays.deepToString(new Object[] {v}) : String.valueOf(v);
                if (v.getClass().isArray()) {
                    shown = shown.substring(1, shown.length() - 1);
                }
                sb.append(sep).append(entry.getKey()).append('=').append(shown);
                sep = ", ";
            }
            return sb.append(')').toString();
        }

        private static Object copy(Object value) {
            if (value.getClass().isArray()) {
                int n = Array.getLength(value);
                Object copy = Array.newInstance(value.getClass().getComponentType(), n);
                System.arraycopy(value, 0, copy, 0, n);
                return copy;
            }
            return value;
        }
    }
}
