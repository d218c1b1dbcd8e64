package org.myofuse.runtime.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceStatusEvent;
import org.myofuse.api.device.DeviceStatusListener;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.InstalledDeviceType;
import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.config.ConfigurationSchema;
import org.myofuse.runtime.config.Metatypes;
import org.myofuse.runtime.config.TypedConfigurations;

/**
 * The device manager without OSGi: drivers, configurations and listeners are handed to it by the
 * caller (the DS component in OSGi, the test in unit tests).
 *
 * <p>Threads: each device's lifecycle runs on its own {@link SerialExecutor} over a shared worker
 * pool (never on the caller's, ConfigAdmin's or a driver's thread); status events, the stall
 * watchdog and retry timers run on one event thread ({@code myofuse-device-events}), which delivers
 * events to listeners in order; stopping and closing connections runs on a pool thread so a hung
 * driver can be abandoned after {@link Timing#closeTimeout()}.
 */
public final class DeviceManagerCore implements DeviceManager, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DeviceManagerCore.class.getName());
    private static final Pattern DEVICE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final StreamBus bus;
    private final SessionClock clock;
    private final DeviceConfigurations configurations;
    private final Timing timing;
    private final ScheduledThreadPoolExecutor events;
    private final ExecutorService pool;
    private final List<DeviceStatusListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong generations = new AtomicLong();

    private final Object lock = new Object();
    /** Accepted drivers by type id; guarded by lock. */
    private final Map<String, DriverEntry> drivers = new HashMap<>();
    /** Devices by PID; guarded by lock. */
    private final Map<String, ManagedDevice> devices = new HashMap<>();
    /** Teardowns of deleted devices still running, by PID; guarded by lock. */
    private final Map<String, CompletableFuture<Void>> leaving = new HashMap<>();
    /** Reasons given to removeDevice, waiting for ConfigAdmin to report the deletion back. */
    private final Map<String, String> removalReasons = new ConcurrentHashMap<>();
    private boolean closed;

    public DeviceManagerCore(StreamBus bus, SessionClock clock, DeviceConfigurations configurations, Timing timing) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.configurations = Objects.requireNonNull(configurations, "configurations");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.events = new ScheduledThreadPoolExecutor(1, daemonThreads("myofuse-device-events"));
        events.setRemoveOnCancelPolicy(true);
        events.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads("myofuse-device-worker"));
        long period = timing.watchdogPeriod().toNanos();
        events.scheduleWithFixedDelay(this::watchdog, period, period, TimeUnit.NANOSECONDS);
    }

    // =====================================================================================
    // Drivers

    /**
     * Accepts a driver unless its type id is taken or does not match its service property, or its
     * configuration interface has no readable metatype. A refusal is logged.
     *
     * @param typeProperty the service's {@link DeviceDriver#TYPE_PROPERTY} value
     * @return true if accepted (its configurations are then watched and connected)
     */
    public boolean addDriver(DeviceDriver<?> driver, Object typeProperty, String bundle, String bundleVersion) {
        String refusal = install(driver, typeProperty, bundle, bundleVersion);
        if (refusal != null) {
            LOG.log(refusal.contains("already provided") ? Level.WARNING : Level.ERROR, refusal);
        }
        return refusal == null;
    }

    /**
     * Accepts a driver as {@link #addDriver} does.
     *
     * @return null if accepted, else why not, in one line
     */
    public String install(DeviceDriver<?> driver, Object typeProperty, String bundle, String bundleVersion) {
        DeviceType type;
        ConfigurationSchema schema;
        try {
            type = Objects.requireNonNull(driver.type(), "type()");
            schema = Metatypes.of(Objects.requireNonNull(driver.configurationType(), "configurationType()"));
        } catch (RuntimeException e) {
            return "driver " + driver.getClass().getName() + " from bundle " + bundle + " ignored: "
                    + (e instanceof IllegalArgumentException ? e.getMessage() : e.toString());
        }
        if (!type.id().equals(typeProperty)) {
            return "driver for device type " + type.id() + " from bundle " + bundle + " ignored: service property "
                    + DeviceDriver.TYPE_PROPERTY + " is '" + typeProperty + "', must be '" + type.id() + "'";
        }
        if (schema.factoryPid().isPresent() && !schema.factoryPid().get().equals(type.factoryPid())) {
            LOG.log(Level.WARNING, "driver for device type " + type.id() + ": the metatype of " + schema.type().getName()
                    + " designates factory PID " + schema.factoryPid().get() + ", the type's is " + type.factoryPid());
        }
        var entry = new DriverEntry(driver, type, bundle, bundleVersion, schema);
        synchronized (lock) {
            if (closed) {
                return "driver for device type " + type.id() + " ignored: the device manager is stopped";
            }
            DriverEntry existing = drivers.get(type.id());
            if (existing != null) {
                return "driver for device type " + type.id() + " from bundle " + bundle + " " + bundleVersion
                        + " ignored: the type is already provided by " + existing;
            }
            drivers.put(type.id(), entry);
        }
        DeviceConfigurations.Registration registration = configurations.watch(type.factoryPid(), new DeviceConfigurations.Watcher() {
            @Override
            public void updated(String pid, Map<String, Object> properties) {
                configurationUpdated(entry, pid, properties);
            }

            @Override
            public void deleted(String pid) {
                configurationDeleted(pid);
            }
        });
        synchronized (lock) {
            if (drivers.get(type.id()) == entry) {
                entry.registration = registration;
                LOG.log(Level.INFO, "device type " + entry + " installed");
                return null;
            }
        }
        registration.close(); // removed while we registered
        return "driver for device type " + type.id() + " was removed while it was being installed";
    }

    /**
     * The driver went away: stops watching its configurations, closes its devices' connections and ends
     * their streams with {@code reason}; returns once they are closed (bounded by the close timeout).
     * The devices stay listed, DISCONNECTED with that reason.
     */
    public void removeDriver(DeviceDriver<?> driver, String reason) {
        DriverEntry entry = null;
        List<ManagedDevice> affected = new ArrayList<>();
        synchronized (lock) {
            for (DriverEntry candidate : drivers.values()) {
                if (candidate.driver == driver) {
                    entry = candidate;
                }
            }
            if (entry == null) {
                return; // an ignored duplicate, or already gone
            }
            drivers.remove(entry.type.id());
            for (ManagedDevice device : devices.values()) {
                if (device.type.id().equals(entry.type.id())) {
                    affected.add(device);
                }
            }
        }
        if (entry.registration != null) {
            entry.registration.close();
        }
        DriverEntry gone = entry;
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (ManagedDevice device : affected) {
            closing.add(device.worker.submit(() -> device.driverGone(gone, reason)));
        }
        await(closing, "closing the devices of driver " + entry.type.id());
        LOG.log(Level.INFO, "device type " + entry.type.id() + " removed: " + reason);
    }

    // =====================================================================================
    // Configurations (called by the store's thread)

    private void configurationUpdated(DriverEntry entry, String pid, Map<String, Object> properties) {
        Map<String, Object> copy = new LinkedHashMap<>(properties);
        ManagedDevice device;
        CompletableFuture<Void> predecessor;
        synchronized (lock) {
            if (closed || drivers.get(entry.type.id()) != entry) {
                return;
            }
            predecessor = leaving.remove(pid);
            device = devices.computeIfAbsent(pid, p -> new ManagedDevice(this, p, entry.type,
                    new SerialExecutor(pool, "myofuse-device-" + p)));
        }
        if (predecessor != null) {
            // A device deleted and re-created under the same PID: let the old one let go of its port first.
            device.worker.execute(() -> await(List.of(predecessor), "closing the previous " + pid));
        }
        device.worker.execute(() -> device.configure(entry, copy));
    }

    private void configurationDeleted(String pid) {
        ManagedDevice device;
        synchronized (lock) {
            device = devices.remove(pid);
            if (device == null || closed) {
                return;
            }
            String reason = removalReasons.getOrDefault(pid, "device removed");
            removalReasons.remove(pid);
            CompletableFuture<Void> done = device.worker.submit(() -> device.stop(reason));
            leaving.put(pid, done);
            done.whenComplete((v, e) -> {
                synchronized (lock) {
                    leaving.remove(pid, done);
                }
            });
        }
    }

    // =====================================================================================
    // DeviceManager

    @Override
    public List<InstalledDeviceType> installedTypes() {
        synchronized (lock) {
            return drivers.values().stream().map(DriverEntry::installed)
                    .sorted(Comparator.comparing(t -> t.type().id())).toList();
        }
    }

    @Override
    public List<SettingDescription> settings(String typeId) throws DeviceException {
        synchronized (lock) {
            DriverEntry entry = drivers.get(typeId);
            if (entry == null) {
                throw unknownType(typeId);
            }
            return entry.schema.describe();
        }
    }

    /** Called with the lock held. */
    private DeviceException unknownType(String typeId) {
        String installed = drivers.isEmpty() ? "none" : String.join(", ", drivers.keySet().stream().sorted().toList());
        return new DeviceException("unknown device type '" + typeId + "' (installed: " + installed + ")");
    }

    @Override
    public List<DeviceInfo> devices() {
        List<DeviceConfigurations.Stored> stored;
        try {
            stored = configurations.list();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list device configurations: " + e.getMessage());
            stored = null;
        }
        List<ManagedDevice> managed;
        Set<String> installed;
        synchronized (lock) {
            managed = new ArrayList<>(devices.values());
            installed = new HashSet<>(drivers.keySet());
        }
        Set<String> storedPids = new HashSet<>();
        if (stored != null) {
            stored.forEach(s -> storedPids.add(s.pid()));
        }
        var result = new ArrayList<DeviceInfo>();
        Set<String> listed = new HashSet<>();
        for (ManagedDevice device : managed) {
            // A device whose driver went away learns of its deletion from nobody; the store knows.
            if (!device.hasDriver() && stored != null && !storedPids.contains(device.pid)) {
                forget(device);
                continue;
            }
            result.add(device.snapshot());
            listed.add(device.pid);
        }
        if (stored != null) {
            for (DeviceConfigurations.Stored s : stored) {
                if (!listed.contains(s.pid())) {
                    result.add(unmanaged(s, installed));
                }
            }
        }
        result.sort(Comparator.comparing(DeviceInfo::name).thenComparing(DeviceInfo::deviceId));
        return List.copyOf(result);
    }

    @Override
    public Optional<DeviceInfo> device(String deviceId) {
        return devices().stream().filter(d -> d.deviceId().equals(deviceId)).findFirst();
    }

    @Override
    public void check(DeviceRequest request) throws DeviceException {
        DriverEntry entry = checked(request, new LinkedHashMap<>());
        if (request.name().isEmpty()) {
            return; // addDevice picks a free one
        }
        try {
            nameFree(entry, request.name(), configurations.list());
        } catch (IOException e) {
            throw new DeviceException("cannot read the device configurations: " + e.getMessage(), e);
        }
    }

    @Override
    public String addDevice(DeviceRequest request) throws DeviceException {
        Map<String, Object> properties = new LinkedHashMap<>();
        DriverEntry entry = checked(request, properties);
        String factoryPid = entry.type.factoryPid();
        try {
            List<DeviceConfigurations.Stored> stored = configurations.list();
            String name = request.name().isEmpty() ? freeName(entry.type.id(), factoryPid, stored) : request.name();
            nameFree(entry, name, stored);
            properties.put(DeviceDriver.NAME_PROPERTY, name);
            String created = configurations.create(factoryPid, name, properties);
            LOG.log(Level.INFO, "device " + created + " added: " + request.toSpec());
            return created;
        } catch (IOException e) {
            throw new DeviceException("cannot store the configuration of a " + entry.type.id() + " device: " + e.getMessage(), e);
        }
    }

    /**
     * The driver of the request's type, once the name's form, the settings and the driver's own rules
     * accept the request; {@code properties} receives the settings and the port.
     */
    private DriverEntry checked(DeviceRequest request, Map<String, Object> properties) throws DeviceException {
        DriverEntry entry;
        synchronized (lock) {
            entry = drivers.get(request.typeId());
            if (entry == null) {
                throw unknownType(request.typeId());
            }
        }
        if (!request.name().isEmpty() && !DEVICE_NAME.matcher(request.name()).matches()) {
            throw new DeviceException("device name '" + request.name()
                    + "' may only contain letters, digits, '.', '_' and '-', and must start with a letter or digit");
        }
        properties.putAll(request.settings());
        properties.put(DeviceDriver.PORT_PROPERTY, request.port());
        try {
            validate(entry, properties);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(e.getMessage());
        }
        return entry;
    }

    private static void nameFree(DriverEntry entry, String name, List<DeviceConfigurations.Stored> stored)
            throws DeviceException {
        String pid = entry.type.factoryPid() + "~" + name;
        if (stored.stream().anyMatch(s -> s.pid().equals(pid))) {
            throw new DeviceException("a " + entry.type.id() + " device named '" + name + "' already exists (" + pid + ")");
        }
    }

    @Override
    public boolean removeDevice(String deviceId, String reason) {
        if (deviceId == null || !deviceId.startsWith(DeviceDriver.FACTORY_PID_PREFIX)) {
            return false;
        }
        boolean deleted;
        // The deletion comes back asynchronously through ConfigAdmin; the reason waits for it here.
        removalReasons.put(deviceId, reason == null || reason.isBlank() ? "device removed" : reason);
        try {
            deleted = configurations.delete(deviceId);
            if (!deleted) {
                removalReasons.remove(deviceId);
            }
        } catch (IOException e) {
            removalReasons.remove(deviceId);
            throw new UncheckedIOException("cannot delete the configuration of device " + deviceId + ": " + e.getMessage(), e);
        }
        if (deleted) {
            ManagedDevice device;
            synchronized (lock) {
                device = devices.get(deviceId);
            }
            if (device != null && !device.hasDriver()) {
                forget(device); // its driver is gone, so nobody else will tell us
            }
        }
        return deleted;
    }

    // =====================================================================================
    // Listeners

    public void addStatusListener(DeviceStatusListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeStatusListener(DeviceStatusListener listener) {
        listeners.remove(listener);
    }

    // =====================================================================================
    // Stopping

    /**
     * Stops every device (connections closed, streams ended with "device manager stopped", each device
     * reported STOPPED), stops watching configurations and ends the manager's threads. Bounded.
     */
    @Override
    public void close() {
        List<DriverEntry> entries;
        List<ManagedDevice> all;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            entries = new ArrayList<>(drivers.values());
            all = new ArrayList<>(devices.values());
            drivers.clear();
        }
        for (DriverEntry entry : entries) {
            if (entry.registration != null) {
                entry.registration.close();
            }
        }
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (ManagedDevice device : all) {
            stopping.add(device.worker.submit(() -> device.stop("device manager stopped")));
        }
        synchronized (lock) {
            stopping.addAll(leaving.values());
        }
        await(stopping, "stopping the devices");
        events.shutdown();
        try {
            if (!events.awaitTermination(1, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "device status listeners did not finish within 1 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdown();
    }

    // =====================================================================================
    // Services for ManagedDevice and HostDeviceContext

    StreamBus bus() {
        return bus;
    }

    SessionClock clock() {
        return clock;
    }

    Timing timing() {
        return timing;
    }

    long nextGeneration() {
        return generations.incrementAndGet();
    }

    /** Checks a configuration: port, keys, values against the driver's metatype, then the driver's own rules. */
    Object validate(DriverEntry entry, Map<String, Object> properties) {
        if (entry.type.needsPort() && portOf(properties).isEmpty()) {
            throw new IllegalArgumentException("device type " + entry.type.id() + " needs a port (" + entry.type.id() + "@PORT)");
        }
        Object configuration = TypedConfigurations.create(entry.schema, entry.driver.configurationType(), entry.type.id(),
                properties);
        try {
            validateTyped(entry.driver, configuration);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(entry.type.id() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(entry.type.id() + ": the driver failed to validate the configuration: " + e, e);
        }
        return configuration;
    }

    private static <C> void validateTyped(DeviceDriver<C> driver, Object configuration) {
        driver.validate(driver.configurationType().cast(configuration));
    }

    @SuppressWarnings("unchecked")
    static <C> DeviceConnection connect(DeviceDriver<C> driver, HostDeviceContext<?> context) throws DeviceException {
        return driver.connect((DeviceContext<C>) context);
    }

    SamplePublisher openStream(ManagedDevice device, Attempt attempt, DeviceDescriptor descriptor, int maxFramesPerBlock) {
        if (!descriptor.typeId().equals(device.type.id())) {
            LOG.log(Level.WARNING, "device " + device.pid + ": driver describes the device as type '" + descriptor.typeId()
                    + "', expected '" + device.type.id() + "'");
        }
        SamplePublisher onBus = bus.openStream(device.pid, descriptor, maxFramesPerBlock);
        var publisher = new CountingPublisher(onBus, clock, () -> firstBlock(device, attempt));
        attempt.publisher = publisher;
        device.streamOpened(publisher, descriptor);
        return publisher;
    }

    /** Stops and closes a connection on a pool thread, waiting at most the close timeout. */
    void closeBounded(String pid, DeviceConnection connection) {
        Future<?> closing;
        try {
            closing = pool.submit(() -> {
                try {
                    connection.stop();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "device " + pid + ": stop() failed: " + e);
                }
                try {
                    connection.close();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "device " + pid + ": close() failed: " + e);
                }
            });
        } catch (RejectedExecutionException e) {
            return;
        }
        try {
            closing.get(timing.closeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.log(Level.WARNING, "device " + pid + ": the driver did not stop and close within "
                    + timing.closeTimeout().toMillis() + " ms; giving up on the connection");
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "device " + pid + ": closing failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drops of one stream summed over the consumers attached now. */
    long droppedBlocks(int streamId) {
        long total = 0;
        for (Subscription subscription : bus.subscriptions()) {
            total += subscription.droppedBlocks(streamId);
        }
        return total;
    }

    ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        try {
            return events.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    // =====================================================================================
    // The event thread: state changes, listeners, watchdog

    /** A state change decided by the device's worker. */
    void post(ManagedDevice device, DeviceState state, String reason) {
        onEventThread(() -> apply(device, state, reason));
    }

    /** A state change reported by a driver: counts only while its connection attempt is the live one. */
    void reportFromDriver(ManagedDevice device, Attempt attempt, DeviceState state, String reason) {
        if (state != DeviceState.DISCONNECTED && state != DeviceState.RECONNECTED) {
            // The SPI leaves every other state to the host, which alone can see them consistently.
            LOG.log(Level.WARNING, "device " + device.pid + ": driver " + device.type.id() + " reported " + state
                    + ", which only the host reports (driver bug); ignored");
            return;
        }
        onEventThread(() -> {
            if (device.isLive(attempt)) {
                if (state == DeviceState.DISCONNECTED) {
                    LOG.log(Level.WARNING, "device " + device.pid + ": " + reason);
                }
                apply(device, state, reason);
            }
        });
    }

    private void firstBlock(ManagedDevice device, Attempt attempt) {
        onEventThread(() -> {
            if (device.isLive(attempt) && (device.state == DeviceState.CONNECTING || device.state == DeviceState.STALLED)) {
                apply(device, DeviceState.STREAMING, "");
            }
        });
    }

    private void onEventThread(Runnable task) {
        try {
            events.execute(task);
        } catch (RejectedExecutionException e) {
            // stopped: nobody is listening any more
        }
    }

    private void apply(ManagedDevice device, DeviceState state, String reason) {
        if (device.state == state && device.reason.equals(reason)) {
            return;
        }
        device.state = state;
        device.reason = reason;
        var event = new DeviceStatusEvent(device.pid, device.type.id(), state, clock.nanos(), reason);
        for (DeviceStatusListener listener : listeners) {
            try {
                listener.deviceStatusChanged(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "device status listener " + listener.getClass().getName() + " failed on " + event, e);
            }
        }
    }

    private void watchdog() {
        try {
            checkStalls();
        } catch (RuntimeException e) {
            // A periodic task that throws is cancelled for good: log and keep watching.
            LOG.log(Level.ERROR, "stall watchdog failed", e);
        }
    }

    private void checkStalls() {
        List<ManagedDevice> all;
        synchronized (lock) {
            all = new ArrayList<>(devices.values());
        }
        long now = clock.nanos();
        long timeout = timing.stallTimeout().toNanos();
        for (ManagedDevice device : all) {
            Attempt attempt = device.live();
            DeviceState state = device.state;
            if (attempt == null || attempt.startedNanos < 0 || attempt.publisher == null || state == null) {
                continue;
            }
            long last = Math.max(attempt.startedNanos, attempt.publisher.lastBlockNanos());
            long quiet = now - last;
            switch (state) {
                case CONNECTING, STREAMING, RECONNECTED -> {
                    if (quiet > timeout) {
                        apply(device, DeviceState.STALLED, "no data for " + String.format("%.1f", quiet / 1e9) + " s");
                    }
                }
                case STALLED -> {
                    if (quiet <= timeout && attempt.publisher.lastBlockNanos() >= 0) {
                        apply(device, DeviceState.STREAMING, "data flowing again");
                    }
                }
                default -> {
                    // DISCONNECTED by the driver: it reports RECONNECTED itself
                }
            }
        }
    }

    // =====================================================================================
    // Helpers

    private void forget(ManagedDevice device) {
        synchronized (lock) {
            devices.remove(device.pid, device);
        }
    }

    private static DeviceInfo unmanaged(DeviceConfigurations.Stored stored, Set<String> installed) {
        String typeId = ConfigurationSchema.typeIdOf(stored.factoryPid());
        boolean pending = installed.contains(typeId);
        return new DeviceInfo(stored.pid(), displayName(stored.properties(), stored.pid(), typeId), typeId,
                portOf(stored.properties()), pending ? DeviceState.CONNECTING : DeviceState.DISCONNECTED,
                pending ? "" : "driver " + typeId + " not installed", null, 0, 0, 0, 0);
    }

    /** The user's name, else the configuration's name ({@link DeviceInfo#configuredName}), else the type id. */
    static String displayName(Map<String, Object> properties, String pid, String typeId) {
        Object name = properties.get(DeviceDriver.NAME_PROPERTY);
        if (name != null && !name.toString().isBlank()) {
            return name.toString().strip();
        }
        String configured = DeviceInfo.configuredName(pid);
        return configured.isEmpty() ? typeId : configured;
    }

    static String portOf(Map<String, Object> properties) {
        Object port = properties.get(DeviceDriver.PORT_PROPERTY);
        return port == null ? "" : port.toString().strip();
    }

    private static String freeName(String typeId, String factoryPid, List<DeviceConfigurations.Stored> stored) {
        Set<String> pids = new HashSet<>();
        stored.forEach(s -> pids.add(s.pid()));
        for (int n = 1;; n++) {
            String candidate = typeId + "-" + n;
            if (!pids.contains(factoryPid + "~" + candidate)) {
                return candidate;
            }
        }
    }

    private void await(List<CompletableFuture<Void>> futures, String what) {
        long budget = timing.closeTimeout().plusSeconds(1).toMillis();
        try {
            CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(budget, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.log(Level.WARNING, what + " took longer than " + budget + " ms; continuing");
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, what + " failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        var counter = new AtomicInteger();
        return runnable -> {
            String name = prefix.endsWith("events") ? prefix : prefix + "-" + counter.incrementAndGet();
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
