package org.myofuse.example.forcegauge;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.serial.PortStatistics;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.example.forcegauge.gcl.ForceUnit;
import org.myofuse.example.forcegauge.gcl.Gcl;
import org.myofuse.example.forcegauge.gcl.LineAssembler;
import org.myofuse.example.forcegauge.gcl.LineSink;
import org.myofuse.example.forcegauge.gcl.ReadingParser;

/**
 * One connected gauge.
 *
 * <h2>Threads</h2>
 * <ul>
 * <li>The host's worker thread calls {@link #identify}, {@link #start}, {@link #stop} and {@link #close},
 * never two at once (the device SPI promises it), so they need no lock.</li>
 * <li>The port's reader thread (the serial transport's) calls {@link #bytesArrived},
 * {@link #linkLost} and {@link #linkRestored}. It cuts lines and, by the {@link Mode}, hands them to
 * the identification in progress, to the {@link GaugeStream}, or drops them. It is the stream's only
 * producer.</li>
 * <li>The {@link Poller}'s thread asks for readings while streaming.</li>
 * </ul>
 * The control methods change only volatile fields the reader reads (the mode, a restart request);
 * they never publish. A response the reader publishes while {@code stop} runs is dropped by the host.
 */
final class GaugeConnection implements DeviceConnection, SerialListener, LineSink {

    /** What the reader does with a line. */
    private enum Mode {
        /** Lines are answers to identification commands: handed to {@link #replies}. */
        IDENTIFYING,
        /** Lines answer polls: decoded and published. */
        STREAMING,
        /** Nobody asked: dropped. */
        IDLE
    }

    private static final byte[] SET_NEWTONS = Gcl.command(ForceUnit.NEWTON.command());

    private final DeviceContext<Mark10GaugeConfig> context;
    private final String port;
    private final long timeoutNanos;
    private final Replies replies = new Replies();
    /** The reader thread's. */
    private final LineAssembler assembler = new LineAssembler();

    private volatile Mode mode = Mode.IDENTIFYING;
    private volatile SerialLink link;
    private volatile GaugeStream stream;
    private volatile boolean closed;
    private Poller poller;
    private DeviceDescriptor descriptor;

    GaugeConnection(DeviceContext<Mark10GaugeConfig> context) {
        this.context = context;
        this.port = context.port();
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(context.configuration().identifyTimeoutMs());
    }

    /** The link opened for this connection; called once, right after opening it. */
    void attach(SerialLink link) {
        this.link = link;
        this.poller = new Poller(link, context.configuration().pollRateHz());
    }

    /**
     * Asks the gauge who it is (model, serial number, firmware), switches it to newtons and reads one
     * value to learn its resolution. Each answer is awaited at most {@code identifyTimeoutMs}, so a port
     * where nothing answers fails after one timeout.
     *
     * @throws DeviceException naming the port and the command that got no (or a wrong) answer
     */
    Identity identify() throws DeviceException {
        String model = ask(Gcl.MODEL, "RM (read model number)");
        String serial = ask(Gcl.SERIAL_NUMBER, "RS (read serial number)");
        String firmware = ask(Gcl.FIRMWARE, "RV (read firmware version)");
        // Newtons on the gauge too: the values published are the digits it printed, not a conversion.
        link.write(SET_NEWTONS);
        return new Identity(model, serial, firmware, firstReading());
    }

    private String ask(String command, String what) throws DeviceException {
        replies.clear();
        link.write(Gcl.command(command));
        byte[] line = nextLine(System.nanoTime() + timeoutNanos, what);
        if (line == null) {
            throw new DeviceException(port + ": no answer to " + what + " within " + timeoutMillis()
                    + " ms (gauge off, wrong port or baud rate?)");
        }
        String text = new String(line, StandardCharsets.US_ASCII).strip();
        var parser = new ReadingParser();
        if (parser.parse(line, line.length, ForceUnit.NEWTON) == ReadingParser.Outcome.ERROR_CODE) {
            throw new DeviceException(port + ": the device answered " + what + " with " + text + " ("
                    + Gcl.errorMeaning(parser.errorCode()) + "): not a Mark-10 Series 5 gauge?");
        }
        return text;
    }

    /** Polls once; lines before the reading (an acknowledgement of the unit command, if any) are passed over. */
    private double firstReading() throws DeviceException {
        replies.clear();
        link.write(Gcl.command(Gcl.CURRENT_READING));
        long deadline = System.nanoTime() + timeoutNanos;
        var parser = new ReadingParser();
        String last = null;
        for (byte[] line; (line = nextLine(deadline, "?C")) != null;) {
            if (parser.parse(line, line.length, ForceUnit.NEWTON) == ReadingParser.Outcome.READING) {
                return parser.resolutionNewtons();
            }
            last = new String(line, StandardCharsets.US_ASCII).strip();
        }
        throw new DeviceException(port + ": no reading in answer to ?C (current reading) within " + timeoutMillis()
                + " ms" + (last == null ? "" : " (last answer: '" + last + "')"));
    }

    private byte[] nextLine(long deadline, String what) throws DeviceException {
        try {
            return replies.next(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(port + ": interrupted while waiting for the answer to " + what);
        }
    }

    private long timeoutMillis() {
        return TimeUnit.NANOSECONDS.toMillis(timeoutNanos);
    }

    /** Opens the device's stream; from here on lines are dropped until {@link #start}. */
    void openStream(DeviceDescriptor descriptor) {
        this.descriptor = descriptor;
        var publisher = context.openStream(descriptor, GaugeStream.MAX_BLOCK_FRAMES);
        stream = new GaugeStream(publisher, link.statistics(), context.configuration().capacityN(),
                () -> context.reportStatus(DeviceState.RECONNECTED, port + ": link restored, gauge set to newtons again"));
        mode = Mode.IDLE;
    }

    /** This port's counters: bytes, responses accepted and rejected, gaps, disconnects. */
    PortStatistics statistics() {
        return link.statistics();
    }

    @Override
    public DeviceDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public void start() throws DeviceException {
        if (closed) {
            throw new DeviceException(port + ": cannot start, the connection is closed");
        }
        if (mode == Mode.STREAMING) {
            return;
        }
        stream.requestRestart();
        mode = Mode.STREAMING;
        link.expectData(true);
        poller.start(Mark10GaugeDriver.TYPE_ID + "-poll-" + port);
    }

    @Override
    public void stop() {
        if (mode != Mode.STREAMING) {
            return;
        }
        mode = Mode.IDLE;
        link.expectData(false);
        poller.stop();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        link.close();
    }

    // ---- the port's reader thread

    @Override
    public void bytesArrived(byte[] buffer, int length, long arrivalNanos) {
        assembler.accept(buffer, 0, length, arrivalNanos, this);
    }

    @Override
    public void line(byte[] line, int length, long arrivalNanos) {
        switch (mode) {
            case IDENTIFYING -> replies.offer(line, length);
            case STREAMING -> {
                long poll = poller.claim();
                if (poll < 0) {
                    skipped(length); // nobody asked: not a response to a poll
                } else {
                    stream.response(poll, line, length, arrivalNanos);
                }
            }
            case IDLE -> skipped(length);
        }
    }

    @Override
    public void overlong(int bytes, long arrivalNanos) {
        if (mode == Mode.STREAMING && poller.claim() >= 0) {
            stream.rejected();
        } else {
            skipped(bytes);
        }
    }

    private void skipped(int bytes) {
        SerialLink l = link;
        if (l != null) {
            l.statistics().bytesSkipped(bytes);
        }
    }

    @Override
    public void linkLost(String reason, long lastDataNanos) {
        if (mode == Mode.STREAMING) {
            context.reportStatus(DeviceState.DISCONNECTED, reason);
        }
    }

    @Override
    public void linkRestored(SerialLink restored, long downNanos) {
        assembler.reset();
        if (mode == Mode.STREAMING) {
            stream.linkRestored();
        }
        try {
            // A replugged gauge has been power-cycled and is back in its saved unit.
            restored.write(SET_NEWTONS);
        } catch (DeviceException e) {
            // lost again: the transport reports it and reopens once more
        }
    }
}
