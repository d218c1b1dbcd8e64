package org.myofuse.line.driver;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.line.protocol.LineDecoder;
import org.myofuse.line.protocol.LineSink;
import org.myofuse.api.serial.PortStatistics;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialListener;

/**
 * One connected line device. The port's reader thread hands every read to {@link #bytesArrived}: while
 * probing, a decoder only checks that valid lines come; while streaming, lines go through the decoder
 * to the bus; otherwise the bytes are dropped (a device that always prints is simply not listened to).
 */
final class LineConnection implements DeviceConnection, SerialListener {

    private enum Mode { PROBING, STREAMING, IDLE }

    private final String port;
    private final DeviceContext<?> context;
    private final LineLayout layout;
    private final String startCommand;
    private final String stopCommand;
    private final Probe probe = new Probe();
    private final LineDecoder probeDecoder;
    /** Guards the switch into and out of STREAMING against a read in progress. */
    private final Object streamLock = new Object();

    private volatile Mode mode = Mode.PROBING;
    private SerialLink link;
    private SamplePublisher publisher;
    private LineStream stream;
    private LineDecoder decoder;
    private volatile boolean reconnected;
    /** The last byte received outside streaming ended a line (or nothing was received). */
    private volatile boolean atLineStart = true;
    private boolean closed;

    LineConnection(DeviceContext<?> context, LineLayout layout, LineDeviceConfig config) {
        this.context = context;
        this.port = context.port();
        this.layout = layout;
        String ending = config.commandEnding().text();
        this.startCommand = config.startCommand().isEmpty() ? "" : config.startCommand() + ending;
        this.stopCommand = config.stopCommand().isEmpty() ? "" : config.stopCommand() + ending;
        this.probeDecoder = new LineDecoder(layout.syntax(), probe);
    }

    void attach(SerialLink link) {
        this.link = link;
    }

    /** Starts the device if it needs a command, waits for one valid line, stops it again. */
    void probe(long timeoutMillis) throws DeviceException {
        send(startCommand);
        boolean ok;
        try {
            ok = probe.firstLine.await(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(port + ": interrupted while waiting for the first line");
        }
        mode = Mode.IDLE;
        if (!ok) {
            long bytes = probe.bytes.get();
            throw new DeviceException(port + (bytes == 0
                    ? ": no data within " + timeoutMillis + " ms (device off, wrong port, or a start command needed?)"
                    : ": no valid line within " + timeoutMillis + " ms (" + bytes + " bytes, " + probe.rejected.get()
                            + " lines rejected: wrong baud rate, format, separator or channel count?)"));
        }
        send(stopCommand);
    }

    void openStream(DeviceDescriptor descriptor) {
        publisher = context.openStream(descriptor, LineStream.MAX_BLOCK_FRAMES);
        stream = new LineStream(publisher, link.statistics(), layout);
        decoder = new LineDecoder(layout.syntax(), stream);
    }

    private void send(String command) throws DeviceException {
        if (!command.isEmpty()) {
            link.write(command);
        }
    }

    PortStatistics statistics() {
        return link.statistics();
    }

    /** The stream's decoder, for its per-reason rejection counts. */
    LineDecoder decoder() {
        return decoder;
    }

    @Override
    public DeviceDescriptor descriptor() {
        return publisher.stream().descriptor();
    }

    @Override
    public synchronized void start() throws DeviceException {
        if (closed) {
            throw new DeviceException(port + ": cannot start, the connection is closed");
        }
        synchronized (streamLock) {
            if (atLineStart) {
                decoder.reset();
            } else {
                decoder.resetMidLine(); // it printed while nobody listened: the next line is the first whole one
            }
            mode = Mode.STREAMING;
        }
        send(startCommand);
        link.expectData(true);
    }

    @Override
    public synchronized void stop() {
        if (mode != Mode.STREAMING) {
            return;
        }
        link.expectData(false);
        synchronized (streamLock) {
            mode = Mode.IDLE;
            stream.drain();
        }
        try {
            send(stopCommand);
        } catch (DeviceException e) {
            // a gone device is already stopped
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        stop();
        closed = true;
        link.close();
    }

    // ---- reader thread

    @Override
    public void bytesArrived(byte[] buffer, int length, long arrivalNanos) {
        if (mode == Mode.PROBING) {
            probe.bytes.addAndGet(length);
            probeDecoder.accept(buffer, 0, length, arrivalNanos);
            atLineStart = endsLine(buffer[length - 1]);
            return;
        }
        synchronized (streamLock) {
            if (mode != Mode.STREAMING) {
                atLineStart = endsLine(buffer[length - 1]);
                return;
            }
            decoder.accept(buffer, 0, length, arrivalNanos);
            stream.flush(arrivalNanos);
            if (reconnected) {
                reconnected = false;
                context.reportStatus(DeviceState.RECONNECTED, port + ": link restored");
            }
        }
    }

    private static boolean endsLine(byte b) {
        return b == '\r' || b == '\n';
    }

    @Override
    public void linkLost(String reason, long lastDataNanos) {
        context.reportStatus(DeviceState.DISCONNECTED, reason);
    }

    @Override
    public void linkRestored(SerialLink restored, long downNanos) {
        synchronized (streamLock) {
            if (mode != Mode.STREAMING) {
                return;
            }
            stream.linkRestored();
            decoder.resetMidLine();
            reconnected = true;
        }
        try {
            if (!startCommand.isEmpty()) {
                restored.write(startCommand); // a replugged board has rebooted and waits for it
            }
        } catch (DeviceException e) {
            // lost again: the transport reports it and tries once more
        }
    }

    /** Counts what arrives while connecting. */
    private static final class Probe implements LineSink {
        final CountDownLatch firstLine = new CountDownLatch(1);
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();

        @Override
        public void sample(double[] values, long arrivalNanos) {
            firstLine.countDown();
        }

        @Override
        public void rejected(LineDecoder.Rejection why, int bytes) {
            rejected.incrementAndGet();
        }

        @Override
        public void ignored(int bytes) {
            // banners and replies are expected while connecting
        }
    }
}
