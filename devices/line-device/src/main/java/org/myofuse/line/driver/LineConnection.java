package org.myofuse.line.driver;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.lib.serial.SerialConnection;
import org.myofuse.line.protocol.LineDecoder;
import org.myofuse.line.protocol.LineSink;

/**
 * One connected line device. The port's reader thread hands every read to {@link #bytesArrived}: while
 * probing, a decoder only checks that valid lines come; while streaming, lines go through the decoder
 * to the bus; otherwise the bytes are dropped (a device that always prints is simply not listened to).
 * The reader thread owns the decoders and the stream assembler; the host's calls only talk to the
 * device (see {@link SerialConnection}).
 */
final class LineConnection extends SerialConnection {

    private final LineLayout layout;
    private final String startCommand;
    private final String stopCommand;
    private final Probe probe = new Probe();
    private final LineDecoder probeDecoder;

    /** While connecting, reads go to the probe. */
    private volatile boolean probing = true;
    /** Made while connecting; the reader's once streaming starts. */
    private LineStream stream;
    private LineDecoder decoder;
    /** Reader thread: the last byte received outside streaming ended a line (or nothing was received). */
    private boolean atLineStart = true;

    LineConnection(DeviceContext<?> context, LineLayout layout, LineDeviceConfig config) {
        super(context);
        this.layout = layout;
        String ending = config.commandEnding().text();
        this.startCommand = config.startCommand().isEmpty() ? "" : config.startCommand() + ending;
        this.stopCommand = config.stopCommand().isEmpty() ? "" : config.stopCommand() + ending;
        this.probeDecoder = new LineDecoder(layout.syntax(), probe);
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
        probing = false;
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
        stream = new LineStream(openStream(descriptor, LineStream.MAX_BLOCK_FRAMES), statistics(), layout);
        decoder = new LineDecoder(layout.syntax(), stream);
    }

    private void send(String command) throws DeviceException {
        if (!command.isEmpty()) {
            link().write(command);
        }
    }

    /** The stream's decoder, for its per-reason rejection counts. */
    LineDecoder decoder() {
        return decoder;
    }

    // ---- host

    @Override
    protected void startDevice() throws DeviceException {
        send(startCommand);
    }

    @Override
    protected void stopDevice() throws DeviceException {
        send(stopCommand);
    }

    // ---- reader thread

    @Override
    protected void onStart() {
        stream.drain(); // lines held before the last stop keep their place ahead of the new ones
        if (atLineStart) {
            decoder.reset();
        } else {
            decoder.resetMidLine(); // it printed while nobody listened: the next line is the first whole one
        }
    }

    @Override
    protected void onRead(byte[] buffer, int length, long arrivalNanos) {
        decoder.accept(buffer, 0, length, arrivalNanos);
        stream.flush(arrivalNanos);
    }

    @Override
    protected void onIdleRead(byte[] buffer, int length, long arrivalNanos) {
        if (probing) {
            probe.bytes.addAndGet(length);
            probeDecoder.accept(buffer, 0, length, arrivalNanos);
        }
        atLineStart = endsLine(buffer[length - 1]);
    }

    private static boolean endsLine(byte b) {
        return b == '\r' || b == '\n';
    }

    @Override
    protected void onLinkRestored(boolean streaming) {
        if (streaming) {
            stream.linkRestored();
            decoder.resetMidLine();
        }
    }

    @Override
    protected void restartDevice(SerialLink restored) throws DeviceException {
        if (!startCommand.isEmpty()) {
            restored.write(startCommand); // a replugged board has rebooted and waits for it
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
