package org.myofuse.runtime.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceStatusEvent;
import org.myofuse.api.device.DeviceStatusListener;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.device.Transport;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.stream.Gate;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RecordingConsumer;
import org.myofuse.runtime.stream.RecordingConsumer.Block;
import org.myofuse.runtime.stream.RecordingConsumer.Closed;
import org.myofuse.runtime.stream.RingStreamBus;

/** The device manager with a real bus, a real driver with real threads, and an in-memory ConfigAdmin. */
class DeviceManagerCoreTest {

    /** Waits for other threads: polls every 5 ms, fails naming what was awaited after 10 s. */
    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(5))
            .atMost(Duration.ofSeconds(10));

    private static final Timing FAST = new Timing(Duration.ofMillis(500), Duration.ofMillis(50), Duration.ofMillis(300),
            List.of(Duration.ofMillis(20), Duration.ofMillis(40)));
    private static final String FACTORY = "org.myofuse.device.test_dev";

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private final InMemoryConfigurations store = new InMemoryConfigurations();
    private final DeviceManagerCore manager = new DeviceManagerCore(bus, clock, store, FAST);
    private final TestDriver driver = new TestDriver("test-dev", false);
    private final EventLog events = new EventLog();
    private final RecordingConsumer consumer = new RecordingConsumer();

    /** Collects status events; listeners run on the manager's event thread. */
    static final class EventLog implements DeviceStatusListener {
        private final List<DeviceStatusEvent> events = new ArrayList<>();

        @Override
        public synchronized void deviceStatusChanged(DeviceStatusEvent event) {
            events.add(event);
        }

        synchronized List<DeviceState> states(String deviceId) {
            return events.stream().filter(e -> e.deviceId().equals(deviceId)).map(DeviceStatusEvent::state).toList();
        }

        synchronized List<DeviceStatusEvent> of(String deviceId) {
            return events.stream().filter(e -> e.deviceId().equals(deviceId)).toList();
        }

        synchronized boolean saw(String deviceId, DeviceState state) {
            return states(deviceId).contains(state);
        }

        synchronized DeviceStatusEvent last(String deviceId) {
            List<DeviceStatusEvent> mine = of(deviceId);
            return mine.isEmpty() ? null : mine.get(mine.size() - 1);
        }
    }

    DeviceManagerCoreTest() {
        manager.addStatusListener(events);
        bus.subscribe("recorder", consumer, 4096);
    }

    @AfterEach
    void stop() throws Exception {
        manager.close();
        bus.close();
        store.close();
    }

    private String add(String spec) throws DeviceException {
        return manager.addDevice(DeviceRequest.parse(spec));
    }

    private DeviceInfo info(String id) {
        return manager.device(id).orElseThrow(() -> new AssertionError("no device " + id));
    }

    private void awaitState(String id, DeviceState state) {
        WAIT.alias(id + " is " + state).until(() -> manager.device(id).map(DeviceInfo::state).orElse(null) == state);
    }

    // ---- adding devices

    @Test
    void shouldRefuseAnUnknownTypeNamingTheInstalledOnes() {
        manager.addDriver(driver, "test-dev", "org.example.test", "1.0.0");
        manager.addDriver(new TestDriver("sim-emg", false), "sim-emg", "org.myofuse.simulator", "0.1.0");
        var e = assertThrows(DeviceException.class, () -> add("foo"));
        assertEquals("unknown device type 'foo' (installed: sim-emg, test-dev)", e.getMessage());
    }

    @Test
    void shouldRefuseAnUnknownTypeWhenNothingIsInstalled() {
        var e = assertThrows(DeviceException.class, () -> add("foo"));
        assertEquals("unknown device type 'foo' (installed: none)", e.getMessage());
    }

    @Test
    void shouldRefuseADeviceWithoutTheRequiredPort() {
        manager.addDriver(new TestDriver("serial-dev", true), "serial-dev", "b", "1");
        var e = assertThrows(DeviceException.class, () -> add("serial-dev"));
        assertEquals("device type serial-dev needs a port (serial-dev@PORT)", e.getMessage());
        assertEquals(List.of(), store.list());
    }

    @Test
    void shouldRefuseUnknownSettingsBeforeWritingAnything() {
        manager.addDriver(driver, "test-dev", "b", "1");
        var e = assertThrows(DeviceException.class, () -> add("test-dev?chanels=4"));
        assertEquals("unknown setting 'chanels' for device type test-dev (known: blockIntervalMillis, blocks, channels, "
                + "framesPerBlock, skipEvery)", e.getMessage());
        assertEquals(List.of(), store.list());
    }

    @Test
    void shouldRefuseUnparsableValues() {
        manager.addDriver(driver, "test-dev", "b", "1");
        var e = assertThrows(DeviceException.class, () -> add("test-dev?channels=abc"));
        assertEquals("invalid value 'abc' for test-dev setting 'channels': expected an integer", e.getMessage());
        assertEquals(List.of(), store.list());
    }

    @Test
    void shouldPassOnWhatTheDriversValidationRefuses() {
        manager.addDriver(driver, "test-dev", "b", "1");
        var e = assertThrows(DeviceException.class, () -> add("test-dev?channels=0"));
        assertEquals("test-dev: channels 0: must be 1 to 64", e.getMessage());
        assertEquals(List.of(), store.list());
    }

    @Test
    void shouldRefuseValuesOutsideTheRangeTheMetatypeDeclares() {
        manager.addDriver(driver, "test-dev", "b", "1");
        var e = assertThrows(DeviceException.class, () -> add("test-dev?framesPerBlock=0"));
        assertEquals("invalid value '0' for test-dev setting 'framesPerBlock': expected an integer between 1 and 1000",
                e.getMessage());
        assertEquals(List.of(), store.list());
    }

    @Test
    void shouldDescribeAnInstalledTypesSettingsFromItsMetatype() throws DeviceException {
        manager.addDriver(driver, "test-dev", "b", "1");
        List<SettingDescription> settings = manager.settings("test-dev");
        assertEquals(List.of("channels", "framesPerBlock", "blockIntervalMillis", "blocks", "skipEvery"),
                settings.stream().map(SettingDescription::id).toList());
        assertEquals(new SettingDescription("framesPerBlock", "Frames per block", "", SettingDescription.Type.INTEGER, 0,
                List.of("10"), Optional.of("1"), Optional.of("1000"), List.of()), settings.get(1));
        assertEquals("channels per frame", settings.get(0).description());
    }

    @Test
    void shouldRefuseToDescribeATypeThatIsNotInstalled() {
        manager.addDriver(driver, "test-dev", "b", "1");
        var e = assertThrows(DeviceException.class, () -> manager.settings("foo"));
        assertEquals("unknown device type 'foo' (installed: test-dev)", e.getMessage());
    }

    /** A configuration interface bnd never saw. */
    interface Undeclared {
        int rate();
    }

    @Test
    void shouldIgnoreADriverWhoseConfigurationHasNoMetatype() {
        DeviceDriver<Undeclared> undeclared = new DeviceDriver<>() {
            @Override
            public DeviceType type() {
                return new DeviceType("bare-dev", "Bare", "Myofuse", Transport.SIMULATED, false);
            }

            @Override
            public Class<Undeclared> configurationType() {
                return Undeclared.class;
            }

            @Override
            public DeviceConnection connect(DeviceContext<Undeclared> context) throws DeviceException {
                throw new DeviceException("never connected");
            }
        };
        String refusal = manager.install(undeclared, "bare-dev", "org.example.bare", "1.0.0");
        assertTrue(refusal.startsWith("driver " + undeclared.getClass().getName() + " from bundle org.example.bare ignored: "
                + "configuration type " + Undeclared.class.getName() + " has no metatype"), refusal);
        assertFalse(manager.addDriver(undeclared, "bare-dev", "org.example.bare", "1.0.0"));
        assertEquals(List.of(), manager.installedTypes());
    }

    @Test
    void shouldRefuseNamesThatCannotBeAConfigurationName() {
        manager.addDriver(driver, "test-dev", "b", "1");
        var e = assertThrows(DeviceException.class, () -> add("test-dev?name=left%20arm"));
        assertTrue(e.getMessage().startsWith("device name 'left arm' may only contain"), e.getMessage());
    }

    @Test
    void shouldReportAStorageFailureAsADeviceException() {
        manager.addDriver(driver, "test-dev", "b", "1");
        store.failWrites(true);
        var e = assertThrows(DeviceException.class, () -> add("test-dev"));
        assertEquals("cannot store the configuration of a test-dev device: disk full", e.getMessage());
    }

    @Test
    void shouldStoreTheConfigurationAsStringsThenConnectAndStream() throws Exception {
        manager.addDriver(driver, "test-dev", "org.example.test", "1.2.3");
        String id = add("test-dev?channels=4");

        assertEquals(FACTORY + "~test-dev-1", id);
        Map<String, Object> stored = store.properties(id);
        assertEquals("4", stored.get("channels"));
        assertEquals("", stored.get("port"));
        assertEquals("test-dev-1", stored.get("name"));

        awaitState(id, DeviceState.STREAMING);
        assertEquals(List.of(DeviceState.CONNECTING, DeviceState.STREAMING), events.states(id));
        WAIT.alias("blocks on the bus").until(() -> consumer.blockCount() > 5);
        DeviceInfo info = info(id);
        assertEquals("test-dev-1", info.name());
        assertEquals("test-dev", info.typeId());
        assertNotNull(info.descriptor());
        assertEquals(4, info.descriptor().channels().size());
        assertTrue(info.samples() > 0);
        Block first = consumer.blocks().get(0);
        assertEquals(BlockKind.SAMPLES, first.kind());
        assertEquals(id, bus.openStreams().get(0).deviceId());

        assertEquals(FACTORY + "~test-dev-2", add("test-dev"));
        assertEquals(List.of("test-dev-1", "test-dev-2"), manager.devices().stream().map(DeviceInfo::name).toList());
        assertEquals("org.example.test", manager.installedTypes().get(0).bundle());
        assertEquals("1.2.3", manager.installedTypes().get(0).bundleVersion());
    }

    @Test
    void checkShouldRefuseWhatAddingRefusesWithTheSameLineAndStoreNothing() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        manager.addDriver(new TestDriver("serial-dev", true), "serial-dev", "b", "1");
        String taken = add("test-dev?name=left");
        int stored = store.list().size();
        for (String spec : List.of("nope", "serial-dev", "test-dev?chanels=4", "test-dev?channels=abc",
                "test-dev?channels=0", "test-dev?framesPerBlock=0", "test-dev?name=-x", "test-dev?name=left")) {
            var checked = assertThrows(DeviceException.class, () -> manager.check(DeviceRequest.parse(spec)), spec);
            var added = assertThrows(DeviceException.class, () -> add(spec), spec);
            assertEquals(added.getMessage(), checked.getMessage(), spec);
        }
        manager.check(DeviceRequest.parse("test-dev?channels=3&name=right"));
        manager.check(DeviceRequest.parse("serial-dev@/dev/ttyUSB9"));
        assertEquals(stored, store.list().size(), "checking configures nothing");
        awaitState(taken, DeviceState.STREAMING);
    }

    @Test
    void shouldUseTheRequestedNameAndRefuseItTwice() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev?name=left");
        assertEquals(FACTORY + "~left", id);
        var e = assertThrows(DeviceException.class, () -> add("test-dev?name=left&channels=3"));
        assertEquals("a test-dev device named 'left' already exists (" + FACTORY + "~left)", e.getMessage());
        awaitState(id, DeviceState.STREAMING);
        assertEquals("left", info(id).name());
    }

    // ---- failures and retries

    @Test
    void shouldRetryAFailingConnectionUntilItWorks() throws Exception {
        driver.failNextConnects.set(2);
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev");

        awaitState(id, DeviceState.STREAMING);
        assertEquals(List.of(DeviceState.CONNECTING, DeviceState.DISCONNECTED, DeviceState.CONNECTING,
                DeviceState.DISCONNECTED, DeviceState.CONNECTING, DeviceState.STREAMING), events.states(id));
        assertEquals("port sim: busy", events.of(id).get(1).reason());
        assertEquals(3, driver.connects.get());
    }

    @Test
    void shouldTreatADriverBugLikeAConnectionFailure() throws Exception {
        driver.connectBug = new IllegalStateException("boom");
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev");

        WAIT.alias("the failure is reported").until(() -> events.saw(id, DeviceState.DISCONNECTED));
        assertEquals("driver test-dev failed: java.lang.IllegalStateException: boom",
                events.of(id).get(1).reason());
        driver.connectBug = null;
        awaitState(id, DeviceState.STREAMING);
    }

    @Test
    void oneFailingDeviceDoesNotHoldUpAnother() throws Exception {
        var broken = new TestDriver("broken-dev", false);
        broken.connectBug = new IllegalStateException("never works");
        manager.addDriver(broken, "broken-dev", "b", "1");
        manager.addDriver(driver, "test-dev", "b", "1");
        String bad = add("broken-dev");
        String good = add("test-dev");

        awaitState(good, DeviceState.STREAMING);
        // Two DISCONNECTED reports mean the broken device failed, backed off and failed again on retry;
        // its state at any instant is CONNECTING or DISCONNECTED depending on where in that cycle it is.
        WAIT.alias("the broken device failed twice").until(() -> events.states(bad).stream()
                .filter(s -> s == DeviceState.DISCONNECTED).count() >= 2);
        assertFalse(events.saw(bad, DeviceState.STREAMING), "the broken device never streamed");
        assertEquals(DeviceState.STREAMING, info(good).state());
    }

    // ---- removal

    @Test
    void removingADeviceEndsItsStreamWithTheReason() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev");
        awaitState(id, DeviceState.STREAMING);
        int streamId = bus.openStreams().get(0).streamId();

        assertTrue(manager.removeDevice(id));
        WAIT.alias("the stream closed").until(() -> consumer.closed(streamId));
        WAIT.alias("STOPPED reported").until(() -> events.saw(id, DeviceState.STOPPED));

        assertEquals(new Closed(streamId, "device removed"), consumer.events(streamId).get(consumer.events(streamId).size() - 1));
        assertEquals("device removed", events.last(id).reason());
        assertTrue(driver.lastConnection().closed);
        assertTrue(manager.device(id).isEmpty());
        assertFalse(manager.removeDevice(id));
        assertFalse(manager.removeDevice("some.other.pid"));
    }

    @Test
    void removingADeviceWithAReasonEndsItsStreamWithThatReason() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev");
        awaitState(id, DeviceState.STREAMING);
        int streamId = bus.openStreams().get(0).streamId();

        assertTrue(manager.removeDevice(id, "run ended"));
        WAIT.alias("the stream closed").until(() -> consumer.closed(streamId));

        assertEquals(new Closed(streamId, "run ended"), consumer.events(streamId).get(consumer.events(streamId).size() - 1));
    }

    @Test
    void aDriverGoingAwayClosesItsDevicesAndLeavesThemListedWithTheReason() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev");
        awaitState(id, DeviceState.STREAMING);
        int streamId = bus.openStreams().get(0).streamId();
        String reason = "driver test-dev went away (bundle org.example.test stopped)";

        manager.removeDriver(driver, reason);

        // removeDriver returns once the connection is closed and the stream ended.
        assertTrue(driver.lastConnection().closed);
        WAIT.alias("the stream closed").until(() -> consumer.closed(streamId));
        assertTrue(consumer.events(streamId).contains(new Closed(streamId, reason)));
        awaitState(id, DeviceState.DISCONNECTED);
        assertEquals(reason, info(id).reason());
        assertEquals(List.of(), manager.installedTypes());
        long samplesBefore = info(id).samples();

        manager.addDriver(driver, "test-dev", "b", "1");
        WAIT.alias("streaming again")
                .until(() -> info(id).state() == DeviceState.STREAMING && info(id).samples() > samplesBefore);
        assertEquals(2, driver.connects.get());
    }

    @Test
    void aConfigurationDeletedWhileItsDriverIsAwayDisappears() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev");
        awaitState(id, DeviceState.STREAMING);
        manager.removeDriver(driver, "driver test-dev went away (bundle b stopped)");

        assertTrue(manager.removeDevice(id));
        assertTrue(manager.device(id).isEmpty());
    }

    @Test
    void aConfigurationWithoutItsDriverIsListedAsNotInstalled() {
        store.put("org.myofuse.device.sim_emg~left", "org.myofuse.device.sim_emg",
                Map.of("seed", "7", "felix.fileinstall.filename", "file:/opt/myofuse/etc/org.myofuse.device.sim_emg-left.cfg"));
        DeviceInfo info = info("org.myofuse.device.sim_emg~left");
        assertEquals(DeviceState.DISCONNECTED, info.state());
        assertEquals("driver sim-emg not installed", info.reason());
        assertEquals("sim-emg", info.typeId());
        assertEquals("left", info.name());
    }

    @Test
    void aDroppedConfigurationFileConnectsWhenTheDriverArrives() {
        store.put(FACTORY + "~right", FACTORY, Map.of("channels", "3", "felix.fileinstall.filename", "file:/etc/x.cfg"));
        manager.addDriver(driver, "test-dev", "b", "1");
        awaitState(FACTORY + "~right", DeviceState.STREAMING);
        assertEquals(3, info(FACTORY + "~right").descriptor().channels().size());
        assertEquals("right", info(FACTORY + "~right").name());
    }

    @Test
    void anInvalidConfigurationFileIsReportedAndNotConnected() {
        manager.addDriver(driver, "test-dev", "b", "1");
        store.put(FACTORY + "~bad", FACTORY, Map.of("channels", "lots"));
        awaitState(FACTORY + "~bad", DeviceState.DISCONNECTED);
        assertEquals("invalid value 'lots' for test-dev setting 'channels': expected an integer", info(FACTORY + "~bad").reason());
        assertEquals(0, driver.connects.get());
    }

    @Test
    void aChangedConfigurationReconnectsWithTheNewSettings() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev?channels=2");
        awaitState(id, DeviceState.STREAMING);
        int firstStream = bus.openStreams().get(0).streamId();

        var changed = new LinkedHashMap<>(store.properties(id));
        changed.put("channels", "5");
        store.put(id, FACTORY, changed);

        WAIT.alias("the old stream closed").until(() -> consumer.closed(firstStream));
        assertTrue(consumer.events(firstStream).contains(new Closed(firstStream, "configuration changed")));
        WAIT.alias("5 channels").until(() -> info(id).descriptor().channels().size() == 5);
        awaitState(id, DeviceState.STREAMING);
    }

    @Test
    void theSameConfigurationDeliveredAgainChangesNothing() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev");
        awaitState(id, DeviceState.STREAMING);
        store.put(id, FACTORY, new LinkedHashMap<>(store.properties(id)));
        String probe = add("test-dev"); // a later delivery on the same thread proves the first was handled
        awaitState(probe, DeviceState.STREAMING);
        assertEquals(2, driver.connects.get());
    }

    // ---- drivers

    @Test
    void aSecondDriverForTheSameTypeIsIgnored() {
        assertTrue(manager.addDriver(driver, "test-dev", "first", "1"));
        assertFalse(manager.addDriver(new TestDriver("test-dev", false), "test-dev", "second", "2"));
        assertEquals("first", manager.installedTypes().get(0).bundle());
    }

    @Test
    void aDriverWhoseServicePropertyDisagreesWithItsTypeIsIgnored() {
        assertFalse(manager.addDriver(driver, "other", "b", "1"));
        assertEquals(List.of(), manager.installedTypes());
    }

    // ---- streaming states and counters

    @Test
    void aDeviceWithoutDataIsStalledAndStreamsAgainWhenDataFlows() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev");
        awaitState(id, DeviceState.STREAMING);

        driver.paused = true;
        awaitState(id, DeviceState.STALLED);
        assertTrue(info(id).reason().startsWith("no data for "), info(id).reason());
        driver.paused = false;
        awaitState(id, DeviceState.STREAMING);
        assertEquals(List.of(DeviceState.CONNECTING, DeviceState.STREAMING, DeviceState.STALLED, DeviceState.STREAMING),
                events.states(id));
    }

    @Test
    void driverReportsAreDeliveredInOrder() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev");
        awaitState(id, DeviceState.STREAMING);
        var connection = driver.lastConnection();
        connection.report(DeviceState.DISCONNECTED, "cable unplugged");
        connection.report(DeviceState.RECONNECTED, "link back after 0.4 s");

        WAIT.alias("RECONNECTED").until(() -> events.saw(id, DeviceState.RECONNECTED));
        List<DeviceStatusEvent> mine = events.of(id);
        assertEquals("cable unplugged", mine.get(2).reason());
        assertEquals(DeviceState.RECONNECTED, mine.get(3).state());
    }

    @Test
    void statesTheHostOwnsAreIgnoredWhenADriverReportsThem() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev");
        awaitState(id, DeviceState.STREAMING);
        var connection = driver.lastConnection();
        for (DeviceState owned : List.of(DeviceState.CONNECTING, DeviceState.STREAMING, DeviceState.STALLED,
                DeviceState.STOPPED)) {
            connection.report(owned, "driver says " + owned);
        }
        connection.report(DeviceState.DISCONNECTED, "cable unplugged");

        WAIT.alias("DISCONNECTED").until(() -> events.saw(id, DeviceState.DISCONNECTED));
        assertEquals(List.of(DeviceState.CONNECTING, DeviceState.STREAMING, DeviceState.DISCONNECTED), events.states(id));
        assertTrue(events.of(id).stream().noneMatch(e -> e.reason().startsWith("driver says")), events.of(id).toString());
    }

    @Test
    void whatAReaderPublishesWhileStopRunsIsDropped() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev?blockIntervalMillis=1");
        awaitState(id, DeviceState.STREAMING);
        int streamId = bus.openStreams().get(0).streamId();
        var connection = driver.lastConnection();
        driver.lingerInStopMillis = 150;

        manager.removeDevice(id);
        WAIT.alias("the stream closed").until(() -> consumer.closed(streamId));
        assertTrue(connection.published > connection.publishedWhenStopWasCalled + 10,
                "the reader went on publishing during stop(): " + connection.publishedWhenStopWasCalled + " then "
                        + connection.published);
        long delivered = consumer.blocks().stream().filter(b -> b.streamId() == streamId).count();
        assertTrue(delivered <= connection.publishedWhenStopWasCalled,
                delivered + " blocks delivered, but only " + connection.publishedWhenStopWasCalled
                        + " were published before stop() was called");
    }

    @Test
    void theCountersMatchWhatConsumersReceivedIncludingGaps() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev?blocks=50&skipEvery=10&framesPerBlock=8&blockIntervalMillis=0");
        WAIT.alias("all blocks published")
                .until(() -> !driver.connections.isEmpty() && driver.lastConnection().published == 50);
        // 50 sample blocks and 5 counter jumps (blocks 10, 20, ... 50 each skip 8 samples)
        WAIT.alias("all blocks delivered").until(() -> consumer.blockCount() == 55);

        DeviceInfo info = info(id);
        assertEquals(50 * 8, info.samples());
        assertEquals(5, info.gaps());
        assertEquals(5 * 8, info.gapSamples());
        assertEquals(0, info.droppedBlocks());
        List<Block> gaps = consumer.blocks().stream().filter(b -> b.kind() == BlockKind.GAP).toList();
        assertEquals(5, gaps.size());
        assertTrue(gaps.stream().allMatch(g -> g.cause() == GapCause.COUNTER_JUMP && g.gapSamples() == 8));
    }

    @Test
    void theDropCountSumsWhatSlowConsumersLost() throws Exception {
        var slow = new RecordingConsumer();
        var gate = new Gate();
        slow.afterBlock(gate);
        Subscription slowSub = bus.subscribe("slow", slow, 2);
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev?blocks=20&blockIntervalMillis=0");

        gate.awaitEntered();
        WAIT.alias("all blocks published").until(() -> driver.lastConnection().published == 20);
        int streamId = bus.openStreams().get(0).streamId();
        // One slot held by the block in the callback, one free: 18 of 20 are dropped.
        assertEquals(18, slowSub.droppedBlocks(streamId));
        assertEquals(18, info(id).droppedBlocks());
        gate.open();
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheOthers() throws Exception {
        manager.addStatusListener(event -> {
            throw new IllegalStateException("listener bug");
        });
        var second = new EventLog();
        manager.addStatusListener(second);
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev");
        WAIT.alias("the second listener saw STREAMING").until(() -> second.saw(id, DeviceState.STREAMING));
    }

    @Test
    void aDriverThatHangsInCloseIsAbandonedAfterTheTimeout() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String id = add("test-dev");
        awaitState(id, DeviceState.STREAMING);
        int streamId = bus.openStreams().get(0).streamId();
        driver.hangOnClose = true;

        manager.removeDevice(id);
        WAIT.alias("the stream closed although close() hangs").until(() -> consumer.closed(streamId));
        assertFalse(driver.lastConnection().closed, "close() is still hanging");
    }

    @Test
    void stoppingTheManagerStopsEveryDevice() throws Exception {
        manager.addDriver(driver, "test-dev", "b", "1");
        String a = add("test-dev");
        String b = add("test-dev");
        awaitState(a, DeviceState.STREAMING);
        awaitState(b, DeviceState.STREAMING);

        manager.close();

        assertEquals(DeviceState.STOPPED, events.last(a).state());
        assertEquals("device manager stopped", events.last(b).reason());
        assertEquals(List.of(), bus.openStreams());
        assertTrue(driver.connections.stream().allMatch(c -> c.closed));
    }
}
