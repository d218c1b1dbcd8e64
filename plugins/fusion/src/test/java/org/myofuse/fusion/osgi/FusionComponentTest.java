package org.myofuse.fusion.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;

/**
 * The component on a real stream bus: one "fusion" subscription at any time, a new one for each
 * session and for the time after it, none once deactivated; a configuration the engine refuses fails
 * the activation with the reason.
 */
class FusionComponentTest {

    private static FusionConfig config(Map<String, Object> overrides) {
        return (FusionConfig) Proxy.newProxyInstance(FusionConfig.class.getClassLoader(), new Class<?>[] {FusionConfig.class},
                (proxy, method, args) -> overrides.containsKey(method.getName()) ? overrides.get(method.getName())
                        : method.getDefaultValue());
    }

    private static List<Subscription> fusion(RingStreamBus bus) {
        return bus.subscriptions().stream().filter(s -> s.name().equals("fusion")).toList();
    }

    @Test
    void shouldSubscribeAfreshForEachSessionAndForTheTimeBetween() {
        try (var bus = new RingStreamBus(new MonotonicSessionClock())) {
            var component = new FusionComponent(config(Map.of()), bus);
            Subscription between = fusion(bus).get(0);
            component.sessionBegan(new SessionInfo("7", "", "", "", 0, -1, SessionStatus.RECORDING));
            assertEquals(1, fusion(bus).size());
            Subscription session = fusion(bus).get(0);
            assertNotSame(between, session);
            component.sessionEnded(new SessionInfo("6", "", "", "", 0, 1, SessionStatus.COMPLETE));
            assertEquals(List.of(session), fusion(bus), "another session's end changes nothing");
            component.sessionEnded(new SessionInfo("7", "", "", "", 0, 1, SessionStatus.COMPLETE));
            assertEquals(1, fusion(bus).size());
            assertNotSame(session, fusion(bus).get(0));
            component.deactivate();
            assertTrue(fusion(bus).isEmpty(), "no subscription left: " + bus.subscriptions());
        }
    }

    @Test
    void shouldFailTheActivationOnAConfigurationTheEngineRefuses() {
        try (var bus = new RingStreamBus(new MonotonicSessionClock())) {
            var e = assertThrows(IllegalArgumentException.class, () -> new FusionComponent(config(Map.of("frameRateHz", 0.0)), bus));
            assertTrue(e.getMessage().contains("frame rate 0.0 Hz"), e.getMessage());
            assertTrue(fusion(bus).isEmpty());
        }
    }
}
