package org.myofuse.iastm.driver;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.iastm.protocol.Iastm;
import org.myofuse.iastm.protocol.IastmDecoder;
import org.myofuse.iastm.protocol.IastmEncoder;
import org.myofuse.iastm.protocol.IdentifyInfo;
import org.myofuse.api.serial.PortStatistics;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialListener;

/**
 * One connected tool. The port's reader thread runs every read through one decoder: replies go to the
 * host thread waiting in {@link #command}, data frames to the bus while streaming (dropped otherwise,
 * e.g. the last frames sent before the tool saw stop).
 */
final class IastmConnection implements DeviceConnection, SerialListener {

    private static final String[] STATUS = {"ok", "unsupported", "bad parameter", "busy"};

    private final String port;
    private final DeviceContext<?> context;
    private final IastmConfig config;
    private final ReplySlot replies = new ReplySlot();
    /** Guards the decoder and the stream against start, stop and a reconnect on other threads. */
    private final Object streamLock = new Object();

    private IastmDecoder decoder;
    private FrameRouter router;
    private SerialLink link;
    private SamplePublisher publisher;
    private IastmStream stream;
    private PortStatistics statistics;
    private volatile boolean reconnected;
    private boolean closed;

    IastmConnection(DeviceContext<?> context, IastmConfig config) {
        this.context = context;
        this.port = context.port();
        this.config = config;
    }

    void attach(SerialLink link) {
        this.link = link;
        this.statistics = link.statistics();
        this.router = new FrameRouter(statistics, replies::offer);
        synchronized (streamLock) {
            this.decoder = new IastmDecoder(router);
        }
    }

    /** Stops a tool that may still be streaming from an earlier session, then asks who it is. */
    IdentifyInfo identify() throws DeviceException {
        send(IastmEncoder.command(Iastm.CMD_STOP));
        var reply = command(IastmEncoder.command(Iastm.CMD_IDENTIFY), Iastm.TYPE_IDENTIFY_REPLY, -1, "identify");
        IdentifyInfo info;
        try {
            info = IdentifyInfo.parse(reply.payload(), 0, reply.payload().length);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(port + ": " + e.getMessage());
        }
        if (info.protocolVersion() != Iastm.PROTOCOL_VERSION) {
            throw new DeviceException(port + ": the tool speaks protocol version " + info.protocolVersion()
                    + ", this driver version " + Iastm.PROTOCOL_VERSION);
        }
        if (config.orientation() && !info.orientation()) {
            throw new DeviceException(port + ": orientation=true but the tool (" + info.model()
                    + ") reports no orientation sensor");
        }
        return info;
    }

    void openStream(DeviceDescriptor descriptor, IastmLayout layout) {
        publisher = context.openStream(descriptor, IastmStream.MAX_BLOCK_FRAMES);
        synchronized (streamLock) {
            stream = new IastmStream(publisher, statistics, layout);
            router.stream(stream);
        }
    }

    PortStatistics statistics() {
        return statistics;
    }

    /** Sends a command and waits for its reply; DeviceException naming the port on timeout or refusal. */
    private ReplySlot.Reply command(byte[] frame, int replyType, int acked, String what) throws DeviceException {
        send(frame);
        ReplySlot.Reply reply;
        try {
            reply = replies.await(replyType, acked, config.replyTimeoutMs());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(port + ": interrupted while waiting for the reply to " + what);
        }
        if (reply == null) {
            throw new DeviceException(port + ": no reply to " + what + " within " + config.replyTimeoutMs()
                    + " ms (tool off, wrong port or baud rate?)");
        }
        if (replyType == Iastm.TYPE_ACK) {
            int status = reply.payload().length > 1 ? reply.payload()[1] & 0xFF : -1;
            if (status != Iastm.STATUS_OK) {
                throw new DeviceException(port + ": the tool refused " + what + " ("
                        + (status >= 0 && status < STATUS.length ? STATUS[status] : "status " + status) + ")");
            }
        }
        return reply;
    }

    private void acknowledged(int command, String what) throws DeviceException {
        command(command == Iastm.CMD_START
                ? IastmEncoder.start(config.orientation() ? Iastm.FLAG_ORIENTATION : 0)
                : IastmEncoder.command(command), Iastm.TYPE_ACK, command, what);
    }

    private void send(byte[] frame) throws DeviceException {
        link.write(frame);
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
        if (router.streaming()) {
            return;
        }
        if (config.tareOnStart()) {
            acknowledged(Iastm.CMD_TARE, "tare");
        }
        synchronized (streamLock) {
            stream.restart();
            router.streaming(true);
        }
        try {
            acknowledged(Iastm.CMD_START, "start");
        } catch (DeviceException e) {
            router.streaming(false);
            throw e;
        }
        link.expectData(true);
    }

    @Override
    public synchronized void stop() {
        if (!router.streaming()) {
            return;
        }
        link.expectData(false);
        synchronized (streamLock) {
            router.streaming(false);
            stream.flush();
        }
        try {
            // The acknowledgement is not awaited: a stopped or gone tool must not hold up the caller.
            send(IastmEncoder.command(Iastm.CMD_STOP));
        } catch (DeviceException e) {
            // a gone tool is already stopped
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
        synchronized (streamLock) {
            if (decoder == null) {
                return; // before attach: nobody asked the tool anything yet
            }
            decoder.accept(buffer, 0, length, arrivalNanos);
            if (stream != null) {
                stream.flush();
            }
        }
        if (reconnected && router.streaming()) {
            reconnected = false;
            context.reportStatus(DeviceState.RECONNECTED, port + ": link restored");
        }
    }

    @Override
    public void linkLost(String reason, long lastDataNanos) {
        context.reportStatus(DeviceState.DISCONNECTED, reason);
    }

    @Override
    public void linkRestored(SerialLink restored, long downNanos) {
        synchronized (streamLock) {
            if (decoder != null) {
                decoder.reset();
            }
            if (!router.streaming()) {
                return;
            }
            stream.linkRestored();
            reconnected = true;
        }
        try {
            // A replugged tool may have been power-cycled: stream again; its acknowledgement is dropped.
            restored.write(IastmEncoder.start(config.orientation() ? Iastm.FLAG_ORIENTATION : 0));
        } catch (DeviceException e) {
            // lost again: the transport reports it and tries once more
        }
    }
}
