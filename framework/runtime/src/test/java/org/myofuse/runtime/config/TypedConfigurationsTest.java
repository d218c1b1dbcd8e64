package org.myofuse.runtime.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Typed configurations as the device manager makes them: keys, defaults, ranges and options from the
 * metatype (fixtures in src/test/resources/OSGI-INF/metatype, as bnd generates them from the
 * annotations below), values checked strictly, the instance made by the OSGi Converter.
 */
public class TypedConfigurationsTest {

    public enum Mode { SINE, NOISE, BURST }

    @Retention(RetentionPolicy.RUNTIME)
    public @interface SimConfig {
        long seed() default 42;

        double noiseUv() default 5.0;

        int sampleRate() default 2000;

        boolean clipping() default false;

        String[] channels() default {"a", "b"};

        Mode mode() default Mode.SINE;

        int[] gains() default {1, 2};

        double[] weights() default {};

        float scale() default 1.5f;

        String label() default "";

        char marker() default 'x';

        short small() default 1;

        byte tiny() default 2;

        String filter_cutoff() default "20Hz";

        String line$_$frequency() default "50";

        String cost$$() default "";

        String snake__case() default "";
    }

    public @interface Required {
        int rate();
    }

    public interface Prefixed {
        String PREFIX_ = "emg.";

        int gain();
    }

    public interface WithDefaultMethod {
        int rate();

        default int doubled() {
            return rate() * 2;
        }
    }

    /** Ranges and options: what the drivers' @AttributeDefinition(min, max, options) declare. */
    public @interface Ranged {
        int replyTimeoutMs() default 2000;

        double noiseUv() default 1.5;

        double rateHz() default 1.0;

        float level() default 0.1f;

        int humFrequencyHz() default 50;

        int[] gains() default {24};

        String[] names() default {};

        String site() default "";

        double[] shift() default {0.0};
    }

    @SimConfig(seed = 7, channels = {"x", "y", "z"}, mode = Mode.BURST)
    static final class Annotated {
    }

    private static <C> C create(Class<C> type, String typeId, Map<String, ?> properties) {
        return TypedConfigurations.create(Metatypes.of(type), type, typeId, properties);
    }

    private static SimConfig sim(Map<String, ?> properties) {
        return create(SimConfig.class, "sim-emg", properties);
    }

    private static Ranged ranged(Map<String, ?> properties) {
        ConfigurationSchema schema = Metatypes.of(Ranged.class);
        return TypedConfigurations.create(schema, Ranged.class, schema.typeId(), properties);
    }

    private static String error(Map<String, ?> properties) {
        return assertThrows(IllegalArgumentException.class, () -> sim(properties)).getMessage();
    }

    @Test
    void shouldUseTheDefaultsForMissingSettings() {
        SimConfig config = sim(Map.of());
        assertEquals(42, config.seed());
        assertEquals(5.0, config.noiseUv());
        assertEquals(2000, config.sampleRate());
        assertFalse(config.clipping());
        assertArrayEquals(new String[] {"a", "b"}, config.channels());
        assertEquals(Mode.SINE, config.mode());
        assertArrayEquals(new int[] {1, 2}, config.gains());
        assertArrayEquals(new double[0], config.weights());
        assertEquals(1.5f, config.scale());
        assertEquals('x', config.marker());
    }

    @Test
    void shouldConvertStringsAsWrittenInConfigurationFilesAndOnTheCommandLine() {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("seed", "7");
        properties.put("noiseUv", " 2.5 ");
        properties.put("sampleRate", "+1000");
        properties.put("clipping", "TRUE");
        properties.put("channels", "L_multifidus, R_multifidus");
        properties.put("mode", "noise");
        properties.put("gains", "1,2,4");
        properties.put("weights", "0.5, 1e-3");
        properties.put("scale", "0.25");
        properties.put("label", "left");
        properties.put("marker", "*");
        properties.put("small", "-300");
        properties.put("tiny", "127");
        SimConfig config = sim(properties);

        assertEquals(7L, config.seed());
        assertEquals(2.5, config.noiseUv());
        assertEquals(1000, config.sampleRate());
        assertTrue(config.clipping());
        assertArrayEquals(new String[] {"L_multifidus", "R_multifidus"}, config.channels());
        assertEquals(Mode.NOISE, config.mode());
        assertArrayEquals(new int[] {1, 2, 4}, config.gains());
        assertArrayEquals(new double[] {0.5, 0.001}, config.weights());
        assertEquals(0.25f, config.scale());
        assertEquals("left", config.label());
        assertEquals('*', config.marker());
        assertEquals((short) -300, config.small());
        assertEquals((byte) 127, config.tiny());
    }

    @Test
    void shouldConvertTypedValuesFromConfigAdmin() {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("seed", 7);
        properties.put("noiseUv", 3);
        properties.put("sampleRate", 500L);
        properties.put("clipping", Boolean.TRUE);
        properties.put("channels", new String[] {"p", "q"});
        properties.put("gains", new Integer[] {3, 4});
        properties.put("weights", List.of(1, 2.5));
        properties.put("label", 12);
        properties.put("tiny", 2.0);
        SimConfig config = sim(properties);

        assertEquals(7L, config.seed());
        assertEquals(3.0, config.noiseUv());
        assertEquals(500, config.sampleRate());
        assertTrue(config.clipping());
        assertArrayEquals(new String[] {"p", "q"}, config.channels());
        assertArrayEquals(new int[] {3, 4}, config.gains());
        assertArrayEquals(new double[] {1.0, 2.5}, config.weights());
        assertEquals("12", config.label());
        assertEquals((byte) 2, config.tiny());
    }

    @Test
    void shouldTurnAnEmptyStringIntoAnEmptyArrayAndASingleValueIntoOneElement() {
        SimConfig config = sim(Map.of("channels", "", "gains", 9));
        assertArrayEquals(new String[0], config.channels());
        assertArrayEquals(new int[] {9}, config.gains());
    }

    @Test
    void shouldMapMethodNamesToKeysTheWayDeclarativeServicesDoes() {
        SimConfig config = sim(Map.of("filter.cutoff", "10Hz", "line-frequency", "60", "cost$", "1", "snake_case", "s"));
        assertEquals("10Hz", config.filter_cutoff());
        assertEquals("60", config.line$_$frequency());
        assertEquals("1", config.cost$$());
        assertEquals("s", config.snake__case());
    }

    @Test
    void shouldPutThePrefixConstantInFrontOfEveryKey() {
        Prefixed config = create(Prefixed.class, "t", Map.of("emg.gain", "3"));
        assertEquals(3, config.gain());
        assertEquals(List.of("emg.gain"), List.copyOf(Metatypes.of(Prefixed.class).sortedKeys()));
    }

    @Test
    void shouldRefuseAnUnknownKeyListingTheKnownOnes() {
        assertEquals("unknown setting 'sead' for device type sim-emg (known: channels, clipping, cost$, filter.cutoff, "
                + "gains, label, line-frequency, marker, mode, noiseUv, sampleRate, scale, seed, small, snake_case, tiny, "
                + "weights)", error(Map.of("sead", "1")));
    }

    @Test
    void shouldSkipTheHostsAndTheFrameworksKeys() {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("port", "/dev/ttyUSB0");
        properties.put("name", "left");
        properties.put("service.pid", "org.myofuse.device.sim_emg~left");
        properties.put("service.factoryPid", "org.myofuse.device.sim_emg");
        properties.put("service.bundleLocation", "?");
        properties.put("felix.fileinstall.filename", "file:/opt/etc/org.myofuse.device.sim_emg-left.cfg");
        properties.put("component.name", "x");
        properties.put("seed", "3");
        assertEquals(3, sim(properties).seed());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "seed        | abc       | invalid value 'abc' for sim-emg setting 'seed': expected an integer",
        "seed        | 1.5       | invalid value '1.5' for sim-emg setting 'seed': expected an integer",
        "sampleRate  | 3000000000| invalid value '3000000000' for sim-emg setting 'sampleRate': expected an integer between -2147483648 and 2147483647",
        "tiny        | 128       | invalid value '128' for sim-emg setting 'tiny': expected an integer between -128 and 127",
        "seed        | 99999999999999999999 | invalid value '99999999999999999999' for sim-emg setting 'seed': expected an integer between -9223372036854775808 and 9223372036854775807",
        "noiseUv     | five      | invalid value 'five' for sim-emg setting 'noiseUv': expected a number",
        "noiseUv     | NaN       | invalid value 'NaN' for sim-emg setting 'noiseUv': expected a number",
        "noiseUv     | 2d        | invalid value '2d' for sim-emg setting 'noiseUv': expected a number",
        "scale       | 1e39      | invalid value '1e39' for sim-emg setting 'scale': expected a number",
        "clipping    | yes       | invalid value 'yes' for sim-emg setting 'clipping': expected true or false",
        "mode        | square    | invalid value 'square' for sim-emg setting 'mode': expected one of SINE, NOISE, BURST",
        "marker      | ab        | invalid value 'ab' for sim-emg setting 'marker': expected a single character",
        "gains       | 1,x,3     | invalid value '1,x,3' for sim-emg setting 'gains': expected a comma-separated list of integers ('x' is not one)",
        "weights     | 1,,2      | invalid value '1,,2' for sim-emg setting 'weights': expected a comma-separated list of numbers ('' is not one)",
    })
    void shouldRefuseValuesThatDoNotFitTheSettingsType(String key, String value, String message) {
        assertEquals(message, error(Map.of(key, value)));
    }

    @Test
    void shouldRefuseSeveralValuesForASingleValuedSetting() {
        assertEquals("invalid value '[1, 2]' for sim-emg setting 'seed': expected a single value",
                error(Map.of("seed", new int[] {1, 2})));
    }

    @Test
    void shouldRefuseANonIntegralNumberForAnIntegerSetting() {
        assertEquals("invalid value '2.5' for sim-emg setting 'seed': expected an integer", error(Map.of("seed", 2.5)));
    }

    @Test
    void shouldRequireSettingsWithoutADefault() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> create(Required.class, "t", Map.of()));
        assertEquals("missing setting 'rate' for device type t", e.getMessage());
        assertEquals(5, create(Required.class, "t", Map.of("rate", "5")).rate());
    }

    @Test
    void shouldRunDefaultMethodsOfPlainInterfaces() {
        WithDefaultMethod config = create(WithDefaultMethod.class, "t", Map.of("rate", "21"));
        assertEquals(42, config.doubled());
    }

    /**
     * The Converter's instance answers annotationType() and equals an annotation with the same values
     * from the annotation's side; its own equals, hashCode and toString are the proxy's (identity), which
     * nothing in the host relies on.
     */
    @Test
    void shouldBehaveLikeAnAnnotationInstanceToItsReaders() {
        SimConfig real = Annotated.class.getAnnotation(SimConfig.class);
        SimConfig converted = sim(Map.of("seed", "7", "channels", "x,y,z", "mode", "BURST"));

        assertEquals(SimConfig.class, converted.annotationType());
        assertEquals(real, converted);
        assertEquals(real, sim(Map.of("seed", 7, "channels", List.of("x", "y", "z"), "mode", "BURST")));
        assertNotEquals(real, sim(Map.of("seed", "8", "channels", "x,y,z", "mode", "BURST")));
    }

    @Test
    void shouldHandOutCopiesOfArrays() {
        SimConfig config = sim(Map.of("gains", "1,2"));
        config.gains()[0] = 99;
        assertArrayEquals(new int[] {1, 2}, config.gains());
    }

    @Test
    void shouldRefuseAClassAsConfigurationType() {
        var e = assertThrows(IllegalArgumentException.class, () -> Metatypes.of(String.class));
        assertEquals("configuration type java.lang.String is not an interface", e.getMessage());
    }

    // ---- what the metatype declares beyond types: ranges, options, list sizes

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "replyTimeoutMs | 50       | invalid value '50' for ranged-dev setting 'replyTimeoutMs': expected an integer between 200 and 10000",
        "replyTimeoutMs | 10001    | invalid value '10001' for ranged-dev setting 'replyTimeoutMs': expected an integer between 200 and 10000",
        "replyTimeoutMs | soon     | invalid value 'soon' for ranged-dev setting 'replyTimeoutMs': expected an integer between 200 and 10000",
        "noiseUv        | 150      | invalid value '150' for ranged-dev setting 'noiseUv': expected a number between 0 and 100",
        "noiseUv        | -0.5     | invalid value '-0.5' for ranged-dev setting 'noiseUv': expected a number between 0 and 100",
        "rateHz         | 0.05     | invalid value '0.05' for ranged-dev setting 'rateHz': expected a number of at least 0.1",
        "level          | 0.11     | invalid value '0.11' for ranged-dev setting 'level': expected a number of at most 0.1",
        "humFrequencyHz | 55       | invalid value '55' for ranged-dev setting 'humFrequencyHz': expected one of 50, 60",
        "humFrequencyHz | fifty    | invalid value 'fifty' for ranged-dev setting 'humFrequencyHz': expected one of 50, 60",
        "gains          | 1,3      | invalid value '1,3' for ranged-dev setting 'gains': expected a comma-separated list of values among 1, 2, 24 ('3' is not one)",
        "names          | a,b,c,d  | invalid value 'a,b,c,d' for ranged-dev setting 'names': expected at most 3 values",
        "site           | plinth L | invalid value 'plinth L' for ranged-dev setting 'site': expected text of at most 5 characters",
        "shift          | 1,9      | invalid value '1,9' for ranged-dev setting 'shift': expected a comma-separated list of numbers between -5 and 5 ('9' is not one)",
    })
    void shouldRefuseValuesOutsideTheDeclaredRangeOrOptionsNamingThem(String key, String value, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> ranged(Map.of(key, value))).getMessage());
    }

    @Test
    void shouldRefuseANumberOutsideTheRangeWhateverItsJavaType() {
        assertEquals("invalid value '50' for ranged-dev setting 'replyTimeoutMs': expected an integer between 200 and 10000",
                assertThrows(IllegalArgumentException.class, () -> ranged(Map.of("replyTimeoutMs", 50L))).getMessage());
        assertEquals("invalid value '[1, 3]' for ranged-dev setting 'gains': expected a comma-separated list of values "
                + "among 1, 2, 24 ('3' is not one)",
                assertThrows(IllegalArgumentException.class, () -> ranged(Map.of("gains", new int[] {1, 3}))).getMessage());
    }

    @Test
    void shouldAcceptTheLimitsThemselves() {
        assertEquals(200, ranged(Map.of("replyTimeoutMs", "200")).replyTimeoutMs());
        assertEquals(10000, ranged(Map.of("replyTimeoutMs", 10000)).replyTimeoutMs());
        assertEquals(0.0, ranged(Map.of("noiseUv", "0")).noiseUv());
        assertEquals(100.0, ranged(Map.of("noiseUv", 100)).noiseUv());
        assertEquals(0.1, ranged(Map.of("rateHz", "0.1")).rateHz());
        assertEquals(0.1f, ranged(Map.of("level", "0.1")).level(), "a float 0.1 is the declared maximum, not above it");
        assertArrayEquals(new double[] {-5, 5}, ranged(Map.of("shift", "-5, 5")).shift());
        assertArrayEquals(new String[] {"a", "b", "c"}, ranged(Map.of("names", "a,b,c")).names());
        assertEquals("L5", ranged(Map.of("site", "L5")).site());
    }

    @Test
    void shouldTakeAnOptionAsDeclared() {
        assertEquals(60, ranged(Map.of("humFrequencyHz", "60")).humFrequencyHz());
        assertArrayEquals(new int[] {1, 24}, ranged(Map.of("gains", "1, 24")).gains());
        assertEquals(Mode.BURST, sim(Map.of("mode", "Burst")).mode());
    }

    @Test
    void shouldUseTheDeclaredDefaultsOfRangedSettings() {
        Ranged config = ranged(Map.of());
        assertEquals(2000, config.replyTimeoutMs());
        assertEquals(50, config.humFrequencyHz());
        assertArrayEquals(new int[] {24}, config.gains());
        assertArrayEquals(new String[0], config.names());
        assertArrayEquals(new double[] {0.0}, config.shift());
    }
}
