package org.myofuse.openbci.driver;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.openbci.protocol.CytonDecoder;
import org.myofuse.api.serial.PortStatistics;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialListener;

/**
 * One connected Cyton board. The port's reader thread hands every read to {@link #bytesArrived}:
 * while configuring, the bytes are text replies for the host thread waiting in {@link #command};
 * while streaming, they go through the decoder to the bus; otherwise (after 's') they are dropped.
 */
final class CytonConnection implements DeviceConnection, SerialListener {

    private static final Pattern FIRMWARE = Pattern.compile("Firmware: *(v[0-9][0-9.]*)");
    /** Time for a streaming board to go quiet after 's' before its replies are read. */
    private static final long QUIET_AFTER_STOP_MILLIS = 60;

    private enum Mode { REPLIES, STREAMING, IDLE }

    private final String port;
    private final DeviceContext<?> context;
    private final CytonLayout layout;
    private final long replyTimeoutMillis;
    private final ReplyCollector replies = new ReplyCollector();
    /** Guards the switch into and out of STREAMING against a read in progress. */
    private final Object streamLock = new Object();

    private volatile Mode mode = Mode.REPLIES;
    private SerialLink link;
    private SamplePublisher publisher;
    private CytonStream stream;
    private CytonDecoder decoder;
    private volatile boolean reconnected;
    private boolean closed;

    CytonConnection(DeviceContext<?> context, CytonLayout layout, long replyTimeoutMillis) {
        this.context = context;
        this.port = context.port();
        this.layout = layout;
        this.replyTimeoutMillis = replyTimeoutMillis;
    }

    void attach(SerialLink link) {
        this.link = link;
    }

    /** Soft reset, banner, defaults and channel settings; returns the firmware version. */
    String identifyAndConfigure() throws DeviceException {
        send("s");
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(QUIET_AFTER_STOP_MILLIS));
        replies.clear();
        String banner = command("v", "soft reset 'v'");
        if (!banner.contains("OpenBCI")) {
            throw new DeviceException(port + ": the device's reply to 'v' is not an OpenBCI banner (wrong port or baud rate?)");
        }
        String mode = layout.daisy() ? "C" : "c";
        String daisyReply = command(mode, "channel mode '" + mode + "'");
        if (layout.daisy() && !daisyReply.contains("16")) {
            throw new DeviceException(port + ": daisy=true but the board reports no Daisy module (" + oneLine(daisyReply) + ")");
        }
        command("d", "default settings 'd'");
        for (int ch = 0; ch < layout.signalChannels(); ch++) {
            String reply = command(layout.channelCommand(ch), "channel " + (ch + 1) + " settings");
            if (!reply.startsWith("Success")) {
                throw new DeviceException(port + ": channel " + (ch + 1) + " settings refused: " + oneLine(reply));
            }
        }
        Matcher m = FIRMWARE.matcher(banner);
        return m.find() ? m.group(1) : "unknown";
    }

    void openStream(DeviceDescriptor descriptor) {
        publisher = context.openStream(descriptor, CytonStream.MAX_BLOCK_FRAMES);
        stream = new CytonStream(publisher, link.statistics(), layout);
        decoder = new CytonDecoder(stream);
        mode = Mode.IDLE;
    }

    /** Sends a command and waits for its reply ending in "$$$". */
    private String command(String command, String what) throws DeviceException {
        send(command);
        ReplyCollector.Reply reply;
        try {
            reply = replies.await(replyTimeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(port + ": interrupted while waiting for the answer to " + what);
        }
        String text = reply.text().strip();
        if (text.startsWith("Failure") || text.contains("\nFailure")) {
            throw new DeviceException(port + ": the dongle answered '" + oneLine(text)
                    + "' to " + what + " (board off or out of range?)");
        }
        if (!reply.complete()) {
            throw new DeviceException(port + (text.isEmpty()
                    ? ": no answer to " + what + " within " + replyTimeoutMillis + " ms (board off, wrong port or baud rate?)"
                    : ": the answer to " + what + " did not end with $$$ within " + replyTimeoutMillis
                            + " ms (wrong baud rate or not an OpenBCI board?)"));
        }
        return text;
    }

    private void send(String command) throws DeviceException {
        link.write(command);
    }

    private static String oneLine(String text) {
        String line = text.replace("$$$", "").replaceAll("\\s+", " ").strip();
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }

    PortStatistics statistics() {
        return link.statistics();
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
            decoder.reset();
            mode = Mode.STREAMING;
        }
        send("b");
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
            stream.flush();
        }
        try {
            send("s");
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
        Mode now = mode;
        if (now == Mode.REPLIES) {
            replies.append(buffer, length);
        } else if (now == Mode.STREAMING) {
            synchronized (streamLock) {
                if (mode == Mode.STREAMING) {
                    decoder.accept(buffer, 0, length, arrivalNanos);
                    stream.flush();
                    if (reconnected) {
                        reconnected = false;
                        context.reportStatus(DeviceState.RECONNECTED, port + ": link restored");
                    }
                }
            }
        }
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
            decoder.reset();
            reconnected = true;
        }
        try {
            // A replugged board may have been power-cycled: settings again, then stream. Replies are
            // text, skipped by the decoder.
            restored.write("s");
            restored.write("d");
            for (int ch = 0; ch < layout.signalChannels(); ch++) {
                restored.write(layout.channelCommand(ch));
            }
            restored.write("b");
        } catch (DeviceException e) {
            // lost again: the transport reports it and tries once more
        }
    }
}
