package org.myofuse.serial.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.PortStatistics;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialListener;

import com.fazecast.jSerialComm.SerialPort;

/**
 * One port and its reader thread. The thread reads with a short timeout into one preallocated buffer,
 * so that it notices within one timeout both a close and a silent device; a read returning -1 (the
 * peer went away: unplug, or the other end of a pseudo-terminal closed) closes the port at once,
 * because jSerialComm keeps a dead port "open" and spins on its disconnect event otherwise. Reopening
 * happens on the reader thread itself, never from a jSerialComm callback.
 */
final class JSerialCommLink implements SerialLink {

    private static final System.Logger LOG = System.getLogger(JSerialCommLink.class.getName());

    /** Bytes per read: 120 Cyton packets, 4 ms of a 1 MB/s link; reads return as soon as anything is there. */
    static final int BUFFER_BYTES = 4096;
    /** Granularity of close and watchdog checks while no byte arrives. */
    static final int READ_TIMEOUT_MILLIS = 50;
    static final int WRITE_TIMEOUT_MILLIS = 1000;
    /** Delays between reopen attempts; the last one repeats. */
    static final long[] BACKOFF_MILLIS = {50, 100, 200, 400, 800, 1000};
    private static final long CLOSE_WAIT_MILLIS = 1000;
    private static final int EACCES = 13;
    private static final int EBUSY = 16;

    private final SerialLinkSpec spec;
    private final SerialListener listener;
    private final PortStatistics statistics = new PortStatistics();
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final Object portLock = new Object();
    private final Object writeLock = new Object();
    private final long noDataNanos;

    private volatile SerialPort port;
    private volatile boolean running = true;
    private volatile boolean expectData;
    private volatile long armedNanos;
    private Thread reader;

    /** Set by the watchdog before it closes the port of a silent device: the reason the reader reports. */
    private volatile String silenced;
    /** Written by the reader thread only; read by the watchdog too. */
    private volatile long lastDataNanos = -1;

    // reader thread only
    private long downNanos;
    private int failedReopens;

    private JSerialCommLink(SerialLinkSpec spec, SerialListener listener) {
        this.spec = spec;
        this.listener = listener;
        this.noDataNanos = spec.noDataTimeout().toNanos();
    }

    static JSerialCommLink open(SerialLinkSpec spec, SerialListener listener) throws DeviceException {
        var link = new JSerialCommLink(spec, listener);
        link.port = openPort(spec);
        Thread t = new Thread(link::readLoop, spec.threadName());
        t.setDaemon(true);
        link.reader = t;
        t.start();
        SilenceWatchdog.watch(link);
        return link;
    }

    /** Opens and configures the port, following a symbolic link afresh each time. */
    static SerialPort openPort(SerialLinkSpec spec) throws DeviceException {
        String path = spec.path();
        Path file = Path.of(path);
        if (!Files.exists(file)) {
            throw new DeviceException(path + ": no such serial port (unplugged, or wrong path?)");
        }
        String real;
        try {
            real = file.toRealPath().toString();
        } catch (IOException e) {
            throw new DeviceException(path + ": cannot resolve the port path: " + e.getMessage(), e);
        }
        SerialPort p = SerialPort.getCommPort(real);
        p.setComPortParameters(spec.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_TIMEOUT_MILLIS, WRITE_TIMEOUT_MILLIS);
        if (!p.openPort()) {
            int code = p.getLastErrorCode();
            String why = switch (code) {
                case EACCES -> "permission denied (is the user in the dialout group?)";
                case EBUSY -> "port busy (opened by another program?)";
                default -> "cannot open the port (error " + code + ")";
            };
            throw new DeviceException(path + ": " + why);
        }
        return p;
    }

    @Override
    public String path() {
        return spec.path();
    }

    @Override
    public boolean isUp() {
        return port != null;
    }

    @Override
    public void write(byte[] bytes) throws DeviceException {
        synchronized (writeLock) {
            SerialPort p = port;
            if (p == null) {
                throw new DeviceException(spec.path() + ": cannot send a command, the port is not connected");
            }
            int written = p.writeBytes(bytes, bytes.length);
            if (written != bytes.length) {
                throw new DeviceException(spec.path() + ": write failed (" + Math.max(written, 0) + " of "
                        + bytes.length + " bytes sent)");
            }
        }
    }

    @Override
    public void write(String ascii) throws DeviceException {
        write(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void expectData(boolean expect) {
        armedNanos = spec.clock().nanos();
        expectData = expect;
    }

    @Override
    public PortStatistics statistics() {
        return statistics;
    }

    @Override
    public void close() {
        SilenceWatchdog.forget(this);
        running = false;
        SerialPort p;
        synchronized (portLock) {
            p = port;
            port = null;
        }
        if (p != null) {
            p.closePort(); // also ends a read in progress
        }
        Thread t = reader;
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        LockSupport.unpark(t);
        try {
            t.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            LOG.log(Level.WARNING, spec.path() + ": reader thread did not end within " + CLOSE_WAIT_MILLIS + " ms");
        }
    }

    // ---- reader thread

    private void readLoop() {
        while (running) {
            SerialPort p = port;
            if (p == null) {
                if (!spec.reconnect()) {
                    return;
                }
                reopen();
                continue;
            }
            int n = p.readBytes(buffer, buffer.length);
            long now = spec.clock().nanos();
            if (!running) {
                return;
            }
            if (n > 0) {
                received(n, now);
            } else if (n < 0) {
                String reason = silenced;
                lost(p, reason != null ? reason : spec.path() + ": port closed or unplugged", now);
            } else if (expectData && now - Math.max(lastDataNanos, armedNanos) > noDataNanos) {
                lost(p, spec.path() + ": no data for " + TimeUnit.NANOSECONDS.toMillis(now - Math.max(lastDataNanos,
                        armedNanos)) + " ms", now);
            }
        }
    }

    /**
     * Called by the {@link SilenceWatchdog}: closes the port of a device silent for longer than the
     * reader's own check allows (its timeout plus a read period of grace), ending a read that is stuck.
     */
    void checkSilence() {
        SerialPort p = port;
        if (p == null || !expectData || silenced != null) {
            return;
        }
        long silentNanos = spec.clock().nanos() - Math.max(lastDataNanos, armedNanos);
        if (silentNanos > noDataNanos + TimeUnit.MILLISECONDS.toNanos(2L * READ_TIMEOUT_MILLIS)) {
            silenced = spec.path() + ": no data for " + TimeUnit.NANOSECONDS.toMillis(silentNanos) + " ms";
            p.closePort();
        }
    }

    private void received(int n, long now) {
        statistics.addBytes(n);
        lastDataNanos = now;
        failedReopens = 0;
        try {
            listener.bytesArrived(buffer, n, now);
        } catch (RuntimeException e) {
            // A decoder bug must not end the port: the stream would stop for good.
            LOG.log(Level.ERROR, spec.path() + ": listener failed on " + n + " bytes", e);
        }
    }

    private void lost(SerialPort p, String reason, long now) {
        synchronized (portLock) {
            if (port != p) {
                return; // closed meanwhile
            }
            port = null;
        }
        p.closePort();
        silenced = null;
        downNanos = now;
        statistics.disconnected();
        try {
            listener.linkLost(reason, lastDataNanos);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, spec.path() + ": listener failed on link loss", e);
        }
    }

    private void reopen() {
        long delay = BACKOFF_MILLIS[Math.min(failedReopens, BACKOFF_MILLIS.length - 1)];
        LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(delay));
        if (!running) {
            return;
        }
        SerialPort p;
        try {
            p = openPort(spec);
        } catch (DeviceException e) {
            failedReopens++;
            return;
        }
        synchronized (portLock) {
            if (!running) {
                p.closePort();
                return;
            }
            port = p;
        }
        failedReopens++; // reset only once data flows, so a port that opens but stays silent backs off too
        lastDataNanos = -1;
        armedNanos = spec.clock().nanos();
        statistics.reconnected();
        try {
            listener.linkRestored(this, downNanos);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, spec.path() + ": listener failed on reconnect", e);
        }
    }
}
