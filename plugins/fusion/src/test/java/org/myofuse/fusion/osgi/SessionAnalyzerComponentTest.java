package org.myofuse.fusion.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.analysis.SessionAnalysis;
import org.myofuse.api.analysis.SessionSummary;

/**
 * The SessionAnalyzer component: independent analyses, activation refused on a configuration the engine refuses,
 * and the summary document written and read back.
 */
class SessionAnalyzerComponentTest {

    private static FusionConfig config(Map<String, Object> overrides) {
        return (FusionConfig) Proxy.newProxyInstance(FusionConfig.class.getClassLoader(), new Class<?>[] {FusionConfig.class},
                (proxy, method, args) -> overrides.containsKey(method.getName()) ? overrides.get(method.getName())
                        : method.getDefaultValue());
    }

    @Test
    void shouldGiveAFreshAnalysisEachTime() {
        SessionAnalyzerComponent analyzer = new SessionAnalyzerComponent(config(Map.of()));
        SessionAnalysis first = analyzer.newAnalysis();
        SessionAnalysis second = analyzer.newAnalysis();
        assertNotSame(first, second);
        first.finish();
        // finishing one leaves the other open for feeding
        assertTrue(second.finish().streams().isEmpty());
    }

    @Test
    void shouldRefuseToActivateWithAnInvalidConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new SessionAnalyzerComponent(config(Map.of("frameRateHz", 0.0))));
        assertThrows(IllegalArgumentException.class, () -> new SessionAnalyzerComponent(config(Map.of("targetLowN", 9.0))));
    }

    @Test
    void shouldReadBackTheSummaryItWrites() {
        SessionAnalyzerComponent analyzer = new SessionAnalyzerComponent(config(Map.of("mvcUv", new double[] {80, 90})));
        SessionSummary summary = analyzer.newAnalysis().finish();
        String json = analyzer.toJson(summary);
        assertTrue(json.startsWith("{\n  \"format\": \"myofuse-summary\",\n  \"version\": 2,\n"), json);
        // the configured parameters are nine-digit numbers and nothing was measured: the document holds it exactly
        assertEquals(summary, analyzer.fromJson(json));
        var e = assertThrows(IllegalArgumentException.class, () -> analyzer.fromJson(json.replace("\"mainsHz\": 50", "\"mainsHz\": \"50\"")));
        assertEquals("parameters.emg.mainsHz: expected an integer, found the string \"50\"", e.getMessage());
    }
}
