package org.myofuse.iastm.driver;

import java.util.Arrays;

import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.iastm.protocol.Iastm;
import org.myofuse.iastm.protocol.IastmDecoder;
import org.myofuse.iastm.protocol.IastmEncoder;
import org.myofuse.iastm.protocol.IdentifyInfo;
import org.myofuse.lib.serial.Replies;
import org.myofuse.lib.serial.SerialConnection;

/**
 * One connected tool. The port's reader thread runs every read through one decoder: replies go to the
 * host thread waiting in {@link #command}, data frames to the bus while streaming (dropped otherwise,
 * e.g. the last frames sent before the tool saw stop). The reader owns the decoder, the router and the
 * stream assembler; the host's calls only talk to the tool (see {@link SerialConnection}).
 */
final class IastmConnection extends SerialConnection {

    private static final String[] STATUS = {"ok", "unsupported", "bad parameter", "busy"};

    private final IastmConfig config;
    private final Replies replies = new Replies();

    /** Made before the first command: bytes that come earlier (a tool left streaming) are not decoded. */
    private volatile IastmDecoder decoder;
    private FrameRouter router;
    /** Set while connecting; the reader hands it to the router at its first start. */
    private IastmStream stream;

    IastmConnection(DeviceContext<?> context, IastmConfig config) {
        super(context);
        this.config = config;
    }

    /** Stops a tool that may still be streaming from an earlier session, then asks who it is. */
    IdentifyInfo identify() throws DeviceException {
        router = new FrameRouter(statistics(), (type, b, offset, length) ->
                replies.offer(type, Arrays.copyOfRange(b, offset, offset + length)));
        decoder = new IastmDecoder(router);
        send(IastmEncoder.command(Iastm.CMD_STOP));
        byte[] reply = command(IastmEncoder.command(Iastm.CMD_IDENTIFY), Iastm.TYPE_IDENTIFY_REPLY, -1, "identify");
        IdentifyInfo info;
        try {
            info = IdentifyInfo.parse(reply, 0, reply.length);
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
        stream = new IastmStream(openStream(descriptor, IastmStream.MAX_BLOCK_FRAMES), statistics(), layout);
    }

    /** Sends a command and waits for its reply; DeviceException naming the port on timeout or refusal. */
    private byte[] command(byte[] frame, int replyType, int acked, String what) throws DeviceException {
        send(frame);
        byte[] reply = replies.await(replyType, p -> acked < 0 || (p.length > 0 && (p[0] & 0xFF) == acked),
                config.replyTimeoutMs(), port, what);
        if (reply == null) {
            throw new DeviceException(port + ": no reply to " + what + " within " + config.replyTimeoutMs()
                    + " ms (tool off, wrong port or baud rate?)");
        }
        if (replyType == Iastm.TYPE_ACK) {
            int status = reply.length > 1 ? reply[1] & 0xFF : -1;
            if (status != Iastm.STATUS_OK) {
                throw new DeviceException(port + ": the tool refused " + what + " ("
                        + (status >= 0 && status < STATUS.length ? STATUS[status] : "status " + status) + ")");
            }
        }
        return reply;
    }

    private void acknowledged(int command, String what) throws DeviceException {
        command(command == Iastm.CMD_START ? startFrame() : IastmEncoder.command(command), Iastm.TYPE_ACK, command, what);
    }

    private byte[] startFrame() {
        return IastmEncoder.start(config.orientation() ? Iastm.FLAG_ORIENTATION : 0);
    }

    private void send(byte[] frame) throws DeviceException {
        link().write(frame);
    }

    // ---- host

    @Override
    protected void beforeStart() throws DeviceException {
        if (config.tareOnStart()) {
            acknowledged(Iastm.CMD_TARE, "tare"); // refused while streaming
        }
    }

    @Override
    protected void startDevice() throws DeviceException {
        acknowledged(Iastm.CMD_START, "start");
    }

    @Override
    protected void stopDevice() throws DeviceException {
        // The acknowledgement is not awaited: a stopped or gone tool must not hold up the caller.
        send(IastmEncoder.command(Iastm.CMD_STOP));
    }

    // ---- reader thread

    @Override
    protected void onStart() {
        router.stream(stream);
        stream.restart();
    }

    @Override
    protected void onRead(byte[] buffer, int length, long arrivalNanos) {
        router.streaming(true);
        decoder.accept(buffer, 0, length, arrivalNanos);
        stream.flush();
    }

    @Override
    protected void onIdleRead(byte[] buffer, int length, long arrivalNanos) {
        IastmDecoder d = decoder;
        if (d == null) {
            return; // before identify: nobody asked the tool anything yet
        }
        router.streaming(false);
        d.accept(buffer, 0, length, arrivalNanos);
    }

    @Override
    protected void onLinkRestored(boolean streaming) {
        IastmDecoder d = decoder;
        if (d != null) {
            d.reset();
        }
        if (streaming) {
            stream.linkRestored();
        }
    }

    @Override
    protected void restartDevice(SerialLink restored) throws DeviceException {
        // A replugged tool may have been power-cycled: stream again; its acknowledgement is dropped.
        restored.write(startFrame());
    }
}
