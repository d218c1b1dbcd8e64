package org.myofuse.runtime.device;

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

class TypedConfigurationTest {

    enum Mode { SINE, NOISE, BURST }

    @Retention(RetentionPolicy.RUNTIME)
    @interface SimConfig {
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

    @interface Required {
        int rate();
    }

    interface Prefixed {
        String PREFIX_ = "emg.";

        int gain();
    }

    interface WithDefaultMethod {
        int rate();

        default int doubled() {
            return rate() * 2;
        }
    }

    @SimConfig(seed = 7, channels = {"x", "y", "z"}, mode = Mode.BURST)
    static final class Annotated {
    }

    private static SimConfig sim(Map<String, ?> properties) {
        return TypedConfiguration.create(SimConfig.class, "sim-emg", properties);
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
        assertEquals("filter.cutoff", TypedConfiguration.keyOf("filter_cutoff", ""));
        assertEquals("line-frequency", TypedConfiguration.keyOf("line$_$frequency", ""));
        assertEquals("cost$", TypedConfiguration.keyOf("cost$$", ""));
        assertEquals("snake_case", TypedConfiguration.keyOf("snake__case", ""));
        assertEquals("dropped", TypedConfiguration.keyOf("drop$ped", ""));
        assertEquals("emg.gain", TypedConfiguration.keyOf("gain", "emg."));

        SimConfig config = sim(Map.of("filter.cutoff", "10Hz", "line-frequency", "60", "cost$", "1", "snake_case", "s"));
        assertEquals("10Hz", config.filter_cutoff());
        assertEquals("60", config.line$_$frequency());
        assertEquals("1", config.cost$$());
        assertEquals("s", config.snake__case());
    }

    @Test
    void shouldPutThePrefixConstantInFrontOfEveryKey() {
        Prefixed config = TypedConfiguration.create(Prefixed.class, "t", Map.of("emg.gain", "3"));
        assertEquals(3, config.gain());
        assertEquals(List.of("emg.gain"), TypedConfiguration.keys(Prefixed.class));
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
                () -> TypedConfiguration.create(Required.class, "t", Map.of()));
        assertEquals("missing setting 'rate' for device type t", e.getMessage());
        assertEquals(5, TypedConfiguration.create(Required.class, "t", Map.of("rate", "5")).rate());
    }

    @Test
    void shouldRunDefaultMethodsOfPlainInterfaces() {
        WithDefaultMethod config = TypedConfiguration.create(WithDefaultMethod.class, "t", Map.of("rate", "21"));
        assertEquals(42, config.doubled());
    }

    @Test
    void shouldBehaveLikeAnAnnotationInstance() throws Exception {
        SimConfig real = Annotated.class.getAnnotation(SimConfig.class);
        SimConfig converted = sim(Map.of("seed", "7", "channels", "x,y,z", "mode", "BURST"));

        assertEquals(SimConfig.class, converted.annotationType());
        assertEquals(converted, real);
        assertEquals(real, converted);
        assertEquals(real.hashCode(), converted.hashCode());
        assertEquals(converted, sim(Map.of("seed", 7, "channels", List.of("x", "y", "z"), "mode", "BURST")));
        assertNotEquals(converted, sim(Map.of("seed", "8", "channels", "x,y,z", "mode", "BURST")));
        assertNotEquals(converted, "a string");
        assertTrue(converted.toString().contains("seed=7"), converted.toString());
        assertTrue(converted.toString().contains("channels=[x, y, z]"), converted.toString());
    }

    @Test
    void shouldHandOutCopiesOfArrays() {
        SimConfig config = sim(Map.of("gains", "1,2"));
        config.gains()[0] = 99;
        assertArrayEquals(new int[] {1, 2}, config.gains());
    }

    @Test
    void shouldRefuseAClassAsConfigurationType() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> TypedConfiguration.create(String.class, "t", Map.of()));
        assertEquals("t: configuration type java.lang.String is not an interface", e.getMessage());
    }
}
