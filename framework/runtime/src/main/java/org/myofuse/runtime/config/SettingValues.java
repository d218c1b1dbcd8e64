package org.myofuse.runtime.config;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.device.SettingDescription.Type;

/**
 * Checks one property value against its {@link Setting} and gives it as the exact Java value of the
 * declared type (a list of them for a list setting), which the OSGi Converter then only has to put in
 * place. Strict where the Converter is lenient on purpose: it reads {@code 2.5} as the integer 2 and
 * {@code "yes"} as false, and knows nothing of the declared min, max and options.
 *
 * <p>Values may be Strings (configuration files and the command line), Numbers, Booleans, arrays or
 * collections. A String given for a list setting is split at commas, each element trimmed; an empty
 * String is an empty list. String options match regardless of case and give the declared spelling.
 */
final class SettingValues {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);

    private final String typeId;
    private final Setting setting;
    private final Object raw;

    private SettingValues(String typeId, Setting setting, Object raw) {
        this.typeId = typeId;
        this.setting = setting;
        this.raw = raw;
    }

    /**
     * The value of {@code setting} given as {@code raw}.
     *
     * @param typeId the device type, for messages
     * @throws IllegalArgumentException one line naming the value, the setting and what is expected
     */
    static Object of(String typeId, Setting setting, Object raw) {
        return new SettingValues(typeId, setting, raw).convert();
    }

    /**
     * Refuses a declaration the host could not enforce: a min, max or option that is not a value of the
     * setting's type, or a default that its own declaration does not allow.
     */
    static void checkDeclaration(Class<?> type, Setting setting) {
        String where = "configuration type " + type.getName() + ": setting '" + setting.id() + "'";
        Type bound = isText(setting.type()) ? Type.INTEGER : setting.type();
        for (var limit : List.of(setting.min(), setting.max())) {
            if (limit.isPresent() && parseNumber(limit.get().strip(), bound) == null) {
                throw new IllegalArgumentException(where + " declares the limit '" + limit.get() + "', which is not "
                        + (bound == Type.INTEGER && isText(setting.type()) ? "a length" : article(bound)));
            }
        }
        for (SettingDescription.Option option : setting.options()) {
            if (!isText(setting.type()) && parse(option.value().strip(), setting.type()) == null) {
                throw new IllegalArgumentException(where + " declares the option '" + option.value() + "', which is not "
                        + article(setting.type()));
            }
        }
        if (setting.defaults() != null) {
            Object declared = setting.isList() ? setting.defaults() : setting.defaults().get(0);
            try {
                of(type.getName(), setting, declared);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + " has a default its declaration refuses: " + e.getMessage(), e);
            }
        }
    }

    private Object convert() {
        if (setting.isList()) {
            List<Object> elements = elements(true);
            if (elements.size() > setting.maxValues()) {
                throw invalid(raw, "expected at most " + setting.maxValues() + " values");
            }
            var values = new ArrayList<Object>(elements.size());
            for (Object element : elements) {
                values.add(element(element, true));
            }
            return values;
        }
        List<Object> elements = elements(false);
        if (elements.size() != 1) {
            throw invalid(raw, "expected a single value");
        }
        return element(elements.get(0), false);
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

    private Object element(Object value, boolean inList) {
        if (value == null) {
            throw failure("null", inList, "");
        }
        Object parsed = switch (setting.type()) {
            case STRING, PASSWORD -> text(value, inList);
            case BOOLEAN -> bool(value, inList);
            case CHARACTER -> character(value, inList);
            case LONG, INTEGER, SHORT, BYTE -> integer(value, inList);
            case DOUBLE, FLOAT -> decimal(value, inList);
        };
        return setting.options().isEmpty() ? parsed : option(parsed, value, inList);
    }

    // ---- one value per type

    private Object text(Object value, boolean inList) {
        String s = value.toString();
        Optional<Long> min = setting.min().map(m -> Long.parseLong(m.strip()));
        Optional<Long> max = setting.max().map(m -> Long.parseLong(m.strip()));
        if (min.isPresent() && s.length() < min.get() || max.isPresent() && s.length() > max.get()) {
            throw failure(value, inList, lengthLimits());
        }
        return s;
    }

    private Object bool(Object value, boolean inList) {
        if (value instanceof Boolean b) {
            return b;
        }
        String s = value.toString().strip();
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Boolean.valueOf(s.equalsIgnoreCase("true"));
        }
        throw failure(value, inList, "");
    }

    private Object character(Object value, boolean inList) {
        String s = value.toString();
        if (s.length() != 1) {
            throw failure(value, inList, "");
        }
        return s.charAt(0);
    }

    private Object integer(Object value, boolean inList) {
        long lowest = Math.max(typeMin(setting.type()), setting.min().map(m -> Long.parseLong(m.strip())).orElse(Long.MIN_VALUE));
        long highest = Math.min(typeMax(setting.type()), setting.max().map(m -> Long.parseLong(m.strip())).orElse(Long.MAX_VALUE));
        boolean declared = setting.min().isPresent() || setting.max().isPresent();
        String range = " between " + lowest + " and " + highest;
        BigInteger number = wholeNumber(value);
        if (number == null) {
            throw failure(value, inList, declared ? range : "");
        }
        if (number.compareTo(BigInteger.valueOf(lowest)) < 0 || number.compareTo(BigInteger.valueOf(highest)) > 0) {
            throw failure(value, inList, range);
        }
        return narrow(number.longValue(), setting.type());
    }

    /** A whole number, or null if the value is not one; never silently rounded or truncated. */
    private static BigInteger wholeNumber(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger b) {
            return b;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) <= 0x1p53 ? BigInteger.valueOf((long) d) : null;
        }
        String s = value.toString().strip();
        return INTEGER.matcher(s).matches() ? new BigInteger(s.startsWith("+") ? s.substring(1) : s) : null;
    }

    private Object decimal(Object value, boolean inList) {
        boolean isFloat = setting.type() == Type.FLOAT;
        double d;
        if (value instanceof Number n) {
            d = n.doubleValue();
        } else {
            String s = value.toString().strip();
            if (!DECIMAL.matcher(s).matches()) {
                throw failure(value, inList, decimalLimits());
            }
            d = Double.parseDouble(s);
        }
        if (!Double.isFinite(d) || (isFloat && Float.isInfinite((float) d))) {
            throw failure(value, inList, decimalLimits());
        }
        // Compared at the setting's own precision: a float 0.1 is the declared "0.1", not a hair above it.
        double v = isFloat ? (float) d : d;
        double min = setting.min().map(m -> precision(Double.parseDouble(m.strip()), isFloat)).orElse(Double.NEGATIVE_INFINITY);
        double max = setting.max().map(m -> precision(Double.parseDouble(m.strip()), isFloat)).orElse(Double.POSITIVE_INFINITY);
        if (v < min || v > max) {
            throw failure(value, inList, decimalLimits());
        }
        return isFloat ? (Object) (float) d : (Object) d;
    }

    private static double precision(double d, boolean isFloat) {
        return isFloat ? (float) d : d;
    }

    /** The declared option equal to the value; for text, the declared spelling of a match in any case. */
    private Object option(Object parsed, Object value, boolean inList) {
        if (isText(setting.type())) {
            for (SettingDescription.Option option : setting.options()) {
                if (option.value().equals(parsed)) {
                    return option.value();
                }
            }
            for (SettingDescription.Option option : setting.options()) {
                if (option.value().equalsIgnoreCase(parsed.toString().strip())) {
                    return option.value();
                }
            }
        } else {
            for (SettingDescription.Option option : setting.options()) {
                if (parsed.equals(parse(option.value().strip(), setting.type()))) {
                    return parsed;
                }
            }
        }
        throw failure(value, inList, "");
    }

    // ---- messages

    /** A refused value; for a list item the message shows the whole list and names the bad item. */
    private IllegalArgumentException failure(Object value, boolean inList, String limits) {
        if (!inList) {
            return invalid(value, "expected " + one() + limits);
        }
        return invalid(raw, "expected a comma-separated list of " + many() + limits + " ('" + value + "' is not one)");
    }

    private String one() {
        if (!setting.options().isEmpty()) {
            return "one of " + optionValues();
        }
        return switch (setting.type()) {
            case BOOLEAN -> "true or false";
            case LONG, INTEGER, SHORT, BYTE -> "an integer";
            case DOUBLE, FLOAT -> "a number";
            case CHARACTER -> "a single character";
            case STRING, PASSWORD -> "text";
        };
    }

    private String many() {
        if (!setting.options().isEmpty()) {
            return "values among " + optionValues();
        }
        return switch (setting.type()) {
            case BOOLEAN -> "true/false values";
            case LONG, INTEGER, SHORT, BYTE -> "integers";
            case DOUBLE, FLOAT -> "numbers";
            case CHARACTER -> "single characters";
            case STRING, PASSWORD -> "texts";
        };
    }

    private String optionValues() {
        return String.join(", ", setting.options().stream().map(SettingDescription.Option::value).toList());
    }

    private String decimalLimits() {
        Optional<String> min = setting.min().map(String::strip);
        Optional<String> max = setting.max().map(String::strip);
        if (min.isPresent() && max.isPresent()) {
            return " between " + min.get() + " and " + max.get();
        }
        return min.map(m -> " of at least " + m).orElse(max.map(m -> " of at most " + m).orElse(""));
    }

    private String lengthLimits() {
        Optional<String> min = setting.min().map(String::strip);
        Optional<String> max = setting.max().map(String::strip);
        if (min.isPresent() && max.isPresent()) {
            return " of " + min.get() + " to " + max.get() + " characters";
        }
        return min.map(m -> " of at least " + m + " characters").orElse(max.map(m -> " of at most " + m + " characters").orElse(""));
    }

    private IllegalArgumentException invalid(Object value, String expectation) {
        String shown = value.getClass().isArray() ? Arrays.deepToString(new Object[] {value}) : String.valueOf(value);
        if (value.getClass().isArray()) {
            shown = shown.substring(1, shown.length() - 1);
        }
        return new IllegalArgumentException("invalid value '" + shown + "' for " + typeId + " setting '" + setting.id()
                + "': " + expectation);
    }

    // ---- types

    private static boolean isText(Type type) {
        return type == Type.STRING || type == Type.PASSWORD;
    }

    private static String article(Type type) {
        return switch (type) {
            case LONG, INTEGER, SHORT, BYTE -> "an integer";
            case DOUBLE, FLOAT -> "a number";
            case BOOLEAN -> "true or false";
            case CHARACTER -> "a single character";
            case STRING, PASSWORD -> "text";
        };
    }

    /** A value of a non-text type written as text, or null if it is not one. */
    private static Object parse(String s, Type type) {
        return switch (type) {
            case BOOLEAN -> s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false") ? Boolean.valueOf(s) : null;
            case CHARACTER -> s.length() == 1 ? s.charAt(0) : null;
            case STRING, PASSWORD -> s;
            default -> parseNumber(s, type);
        };
    }

    private static Object parseNumber(String s, Type type) {
        switch (type) {
            case LONG, INTEGER, SHORT, BYTE -> {
                if (!INTEGER.matcher(s).matches()) {
                    return null;
                }
                BigInteger n = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
                return n.compareTo(BigInteger.valueOf(typeMin(type))) < 0 || n.compareTo(BigInteger.valueOf(typeMax(type))) > 0
                        ? null : narrow(n.longValue(), type);
            }
            case DOUBLE, FLOAT -> {
                if (!DECIMAL.matcher(s).matches()) {
                    return null;
                }
                double d = Double.parseDouble(s);
                return type == Type.FLOAT ? (Object) (float) d : (Object) d;
            }
            default -> {
                return null;
            }
        }
    }

    private static long typeMin(Type type) {
        return switch (type) {
            case INTEGER -> Integer.MIN_VALUE;
            case SHORT -> Short.MIN_VALUE;
            case BYTE -> Byte.MIN_VALUE;
            default -> MIN_LONG.longValue();
        };
    }

    private static long typeMax(Type type) {
        return switch (type) {
            case INTEGER -> Integer.MAX_VALUE;
            case SHORT -> Short.MAX_VALUE;
            case BYTE -> Byte.MAX_VALUE;
            default -> MAX_LONG.longValue();
        };
    }

    private static Object narrow(long n, Type type) {
        return switch (type) {
            case INTEGER -> (int) n;
            case SHORT -> (short) n;
            case BYTE -> (byte) n;
            default -> n;
        };
    }
}
