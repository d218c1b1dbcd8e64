package org.myofuse.runtime.device;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceType;
import org.myofuse.runtime.config.TypedConfigurations;

/**
 * One configured device and its connection lifecycle.
 *
 * <p>Thread confinement keeps this lock-free: the connection lifecycle (configure, connect, retry,
 * teardown) runs only on the device's {@link #worker}; the state and reason are written only on the
 * manager's event thread; the counters only on the driver's publishing thread. Other threads read
 * volatile fields, and counter snapshots synchronize with the one place that retires them.
 */
final class ManagedDevice {

    private static final System.Logger LOG = System.getLogger(ManagedDevice.class.getName());

    final String pid;
    final DeviceType type;
    final SerialExecutor worker;
    private final DeviceManagerCore manager;

    // ---- worker thread only
    private Map<String, Object> properties;
    private Attempt attempt;
    private ScheduledFuture<?> retry;
    private int failures;
    private long configVersion;
    private String lastFailure;

    // ---- written by the worker, read anywhere
    private volatile DriverEntry driver;
    private volatile String name;
    private volatile String port = "";
    private volatile DeviceDescriptor descriptor;
    /** The attempt whose driver reports, first block and stalls count; null while none is live. */
    private volatile Attempt live;

    // ---- written on the event thread only; null until the first state change (shown as CONNECTING)
    volatile DeviceState state;
    volatile String reason = "";

    // ---- counters; guarded by this
    private CountingPublisher counting;
    private long retiredSamples;
    private long retiredGaps;
    private long retiredGapSamples;
    private long retiredDrops;

    ManagedDevice(DeviceManagerCore manager, String pid, DeviceType type, SerialExecutor worker) {
        this.manager = manager;
        this.pid = pid;
        this.type = type;
        this.worker = worker;
        this.name = DeviceManagerCore.displayName(Map.of(), pid, type.id());
    }

    boolean hasDriver() {
        return driver != null;
    }

    boolean isLive(Attempt candidate) {
        return live == candidate;
    }

    Attempt live() {
        return live;
    }

    // ---- worker thread

    /** A configuration arrived (new or changed) while the driver is installed. */
    void configure(DriverEntry entry, Map<String, Object> newProperties) {
        boolean unchanged = entry == driver && sameSettings(newProperties, properties);
        if (unchanged && (attempt != null || retry != null)) {
            return; // e.g. FileInstall re-delivering the same file
        }
        teardown("configuration changed");
        driver = entry;
        properties = newProperties;
        configVersion++;
        failures = 0;
        lastFailure = null;
        name = DeviceManagerCore.displayName(newProperties, pid, type.id());
        port = DeviceManagerCore.portOf(newProperties);
        Object configuration;
        try {
            configuration = manager.validate(entry, newProperties);
        } catch (IllegalArgumentException e) {
            // A bad configuration does not get better by retrying: wait for the next update.
            LOG.log(Level.WARNING, "device " + pid + ": " + e.getMessage());
            manager.post(this, DeviceState.DISCONNECTED, e.getMessage());
            return;
        }
        connect(configuration, configVersion);
    }

    /** The driver went away: close, keep the device listed with the reason. */
    void driverGone(DriverEntry entry, String why) {
        if (driver != entry) {
            return;
        }
        teardown(why);
        driver = null;
        properties = null;
        LOG.log(Level.INFO, "device " + pid + ": " + why);
        manager.post(this, DeviceState.DISCONNECTED, why);
    }

    /** The configuration was deleted, or the manager stops. */
    void stop(String why) {
        teardown(why);
        driver = null;
        manager.post(this, DeviceState.STOPPED, why);
    }

    private void connect(Object configuration, long version) {
        DriverEntry entry = driver;
        var next = new Attempt(manager.nextGeneration());
        attempt = next;
        live = next;
        manager.post(this, DeviceState.CONNECTING, port.isEmpty() ? "" : "port " + port);
        var context = new HostDeviceContext<>(manager, this, next, configuration, name, port);
        try {
            DeviceConnection connection = DeviceManagerCore.connect(entry.driver, context);
            if (connection == null) {
                throw new DeviceException("driver " + type.id() + " returned no connection (driver bug)");
            }
            next.connection = connection;
            if (next.publisher == null) {
                throw new DeviceException("driver " + type.id() + " connected without opening a stream (driver bug)");
            }
            next.publisher.accepting(true);
            connection.start();
            next.startedNanos = manager.clock().nanos();
            failures = 0;
            lastFailure = null;
            LOG.log(Level.INFO, "device " + pid + ": connected to " + describe(connection));
        } catch (DeviceException e) {
            failed(next, e.getMessage(), null, version, configuration);
        } catch (RuntimeException | LinkageError e) {
            failed(next, "driver " + type.id() + " failed: " + e, e, version, configuration);
        }
    }

    private void failed(Attempt failedAttempt, String message, Throwable cause, long version, Object configuration) {
        String why = message == null || message.isBlank() ? "connection failed" : message;
        attempt = null;
        release(failedAttempt, why);
        failures++;
        // The same failure every few seconds (a missing port) is logged once, then only when it changes.
        Level level = why.equals(lastFailure) ? Level.DEBUG : Level.WARNING;
        LOG.log(level, "device " + pid + ": " + why);
        if (cause != null) {
            LOG.log(Level.DEBUG, "device " + pid + ": driver failure", cause);
        }
        lastFailure = why;
        manager.post(this, DeviceState.DISCONNECTED, why);
        retry = manager.schedule(() -> worker.execute(() -> retry(version, configuration)),
                manager.timing().backoff(failures));
    }

    private void retry(long version, Object configuration) {
        if (version != configVersion || driver == null || attempt != null) {
            return; // superseded by a new configuration, a removal or the driver leaving
        }
        retry = null;
        connect(configuration, version);
    }

    /** Ends the current attempt, if any, and cancels a pending retry. */
    private void teardown(String why) {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
        Attempt current = attempt;
        if (current != null) {
            attempt = null;
            release(current, why);
        }
    }

    /** Stops and closes the connection (bounded) and ends the stream with {@code why}. */
    private void release(Attempt ended, String why) {
        live = null;
        if (ended.publisher != null) {
            ended.publisher.accepting(false);
        }
        if (ended.connection != null) {
            manager.closeBounded(pid, ended.connection);
        }
        CountingPublisher publisher = ended.publisher;
        if (publisher != null) {
            manager.bus().closeStream(publisher.delegate, why);
            retire(publisher);
        }
    }

    // ---- stream and counters

    /** Called from openStream on the worker thread during connect. */
    synchronized void streamOpened(CountingPublisher publisher, DeviceDescriptor identified) {
        counting = publisher;
        descriptor = identified;
    }

    private synchronized void retire(CountingPublisher publisher) {
        if (counting != publisher) {
            return;
        }
        retiredSamples += publisher.samples();
        retiredGaps += publisher.gaps();
        retiredGapSamples += publisher.gapSamples();
        retiredDrops += manager.droppedBlocks(publisher.stream().streamId());
        counting = null;
    }

    /** A snapshot with counters summed over every connection since the device was configured. */
    synchronized DeviceInfo snapshot() {
        long samples = retiredSamples;
        long gaps = retiredGaps;
        long gapSamples = retiredGapSamples;
        long drops = retiredDrops;
        if (counting != null) {
            samples += counting.samples();
            gaps += counting.gaps();
            gapSamples += counting.gapSamples();
            drops += manager.droppedBlocks(counting.stream().streamId());
        }
        DeviceState current = state;
        return new DeviceInfo(pid, name, type.id(), port, current == null ? DeviceState.CONNECTING : current, reason,
                descriptor, samples, gaps, gapSamples, drops);
    }

    String name() {
        return name;
    }

    private static String describe(DeviceConnection connection) {
        DeviceDescriptor d = connection.descriptor();
        return d.vendor() + " " + d.model() + " (serial " + d.serialNumber() + ", firmware " + d.firmware() + ", "
                + d.channels().size() + " channels)";
    }

    /** Equal apart from framework bookkeeping keys, comparing arrays by content. */
    static boolean sameSettings(Map<String, Object> a, Map<String, Object> b) {
        if (a == null || b == null) {
            return false;
        }
        Map<String, Object> left = withoutFrameworkKeys(a);
        Map<String, Object> right = withoutFrameworkKeys(b);
        if (!left.keySet().equals(right.keySet())) {
            return false;
        }
        for (var entry : left.entrySet()) {
            if (!Objects.deepEquals(entry.getValue(), right.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> withoutFrameworkKeys(Map<String, Object> properties) {
        var copy = new java.util.HashMap<>(properties);
        copy.keySet().removeIf(k -> TypedConfigurations.isHostKey(k) && !Arrays.asList("port", "name").contains(k));
        return copy;
    }

    @Override
    public String toString() {
        return "device " + pid;
    }
}
