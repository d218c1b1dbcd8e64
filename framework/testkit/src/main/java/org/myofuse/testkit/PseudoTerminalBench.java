package org.myofuse.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.ServiceLoader;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.VirtualPortPair;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;

/**
 * What a serial driver's own tests over a socat pseudo-terminal pair stand on: the real serial
 * transport, the host's real bus and clock (a {@link StandaloneHost}) with a {@link BlockRecorder}
 * subscribed, pairs plugged in for a wire simulator, and {@link DriverTestContext}s for the driver;
 * the connection made with the context last made is started and stopped as the host does
 * ({@link #start}, {@link #stop}). Closing the bench closes what was handed to it, the last first (a connection before its simulator,
 * a simulator before its pair), then the host.
 *
 * <p>Thread-safe for the test's own thread; close it in {@code @AfterEach}.
 */
public final class PseudoTerminalBench implements AutoCloseable {

    private final StandaloneHost runtime = StandaloneRuntime.load().startHost();
    private final SerialTransport transport = ServiceLoader.load(SerialTransport.class).findFirst()
            .orElseThrow(() -> new IllegalStateException("no serial transport on the class path (add org.myofuse:serial)"));
    private final BlockRecorder recorder = new BlockRecorder();
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private DriverTestContext<?> lastContext;
    private DriverTestContext<?> host;
    private DeviceConnection connection;

    /** @param recorderSlots ring slots of the recorder's subscription (blocks it may fall behind by) */
    public PseudoTerminalBench(int recorderSlots) {
        runtime.bus().subscribe("recorder", recorder, recorderSlots);
    }

    public SerialTransport transport() {
        return transport;
    }

    /** The host's session clock: arrival times on the bus, and a simulator's own time base. */
    public SessionClock clock() {
        return runtime.clock();
    }

    public StreamBus bus() {
        return runtime.bus();
    }

    /** Everything published on the bus, in order. */
    public BlockRecorder recorder() {
        return recorder;
    }

    /** A fresh pseudo-terminal pair, closed with the bench. */
    public VirtualPortPair plug() throws IOException {
        return closeLater(transport.openVirtualPair());
    }

    /**
     * A pair at stable paths (symbolic links), closed with the bench: closing it and plugging the same
     * paths again looks to a driver like a USB adapter leaving and coming back.
     */
    public VirtualPortPair plug(Path deviceEnd, Path hostEnd) throws IOException {
        return closeLater(transport.openVirtualPair(deviceEnd, hostEnd));
    }

    /** Closes {@code closeable} (a simulator, a connection) when the bench closes, before what was handed over earlier. */
    public <T extends AutoCloseable> T closeLater(T closeable) {
        toClose.push(closeable);
        return closeable;
    }

    /**
     * The host's side of a device on {@code port} with the typed configuration the host would make of
     * {@code settings} ({@link Configs#with}).
     */
    public <C> DriverTestContext<C> context(String deviceId, String port, Class<C> configuration, Map<String, ?> settings) {
        var context = new DriverTestContext<>(deviceId, runtime.bus(), runtime.clock(), port,
                Configs.with(configuration, settings));
        lastContext = context;
        return context;
    }

    /**
     * The connection a driver returned for the context last made: closed with the bench, and the one
     * {@link #start} and {@link #stop} act on.
     */
    public <T extends DeviceConnection> T connected(T connection) {
        this.connection = closeLater(connection);
        this.host = lastContext;
        return connection;
    }

    /** Starts the connection last {@linkplain #connected connected}, as the host does (its publishes accepted from just before). */
    public void start() throws DeviceException {
        host.start(connection);
    }

    /** Stops the connection last connected, as the host does (its publishes dropped from just before). */
    public void stop() {
        host.stop(connection);
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        while (!toClose.isEmpty()) {
            try {
                toClose.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        runtime.close();
        if (first != null) {
            throw first;
        }
    }
}
