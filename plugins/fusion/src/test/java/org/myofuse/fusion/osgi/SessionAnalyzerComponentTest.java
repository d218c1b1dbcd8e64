package org.myofuse.fusion.osgi;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.analysis.SessionAnalysis;

/** The SessionAnalyzer component: independent analyses, and activation refused on a configuration the engine refuses. */
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
}
