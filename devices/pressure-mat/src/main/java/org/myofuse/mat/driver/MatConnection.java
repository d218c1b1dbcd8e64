package org.myofuse.mat.driver;

import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.PortStatistics;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.lib.serial.Replies;
import org.myofuse.lib.serial.SerialConnection;
import org.myofuse.mat.protocol.Mat;
import org.myofuse.mat.protocol.MatDecoder;
import org.myofuse.mat.protocol.MatEncoder;
import org.myofuse.mat.protocol.MatFrameSink;
import org.myofuse.mat.protocol.MatIdentity;

/**
 * One connected mat. Every read of the port's reader thread goes through one decoder: reply frames
 * (identity, ack) go to the host thread waiting for them, data frames go to the bus while streaming
 * and are dropped otherwise. The reader owns the decoder and the stream assembler; the host's calls
 * only talk to the mat (see {@link SerialConnection}).
 */
final class MatConnection extends SerialConnection implements MatFrameSink {

    private static final byte[] IDENTIFY = MatEncoder.command(Mat.TYPE_IDENTIFY);
    private static final byte[] START = MatEncoder.command(Mat.TYPE_START);
    private static final byte[] STOP = MatEncoder.command(Mat.TYPE_STOP);

    private final long replyTimeoutMillis;
    private final Replies replies = new Replies();
    private final MatDecoder decoder = new MatDecoder(this);
    /** Set while connecting; used by the reader only while streaming. */
    private MatStream stream;
    /** Reader thread: whether the read being decoded is streamed. */
    private boolean streamingRead;

    MatConnection(DeviceContext<?> context, long replyTimeoutMillis) {
        super(context);
        this.replyTimeoutMillis = replyTimeoutMillis;
    }

    /** Stops a mat left streaming, then asks who it is. */
    MatIdentity identify() throws DeviceException {
        link().write(STOP);
        replies.clear();
        link().write(IDENTIFY);
        byte[] payload = await(Mat.TYPE_IDENTITY, -1, "identify");
        try {
            return MatIdentity.parse(payload);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(port + ": the mat's identify reply is unusable: " + e.getMessage());
        }
    }

    void openStream(DeviceDescriptor descriptor, MatIdentity identity) {
        stream = new MatStream(openStream(descriptor, MatStream.MAX_BLOCK_FRAMES), statistics(), identity);
    }

    private byte[] await(int type, int command, String what) throws DeviceException {
        byte[] payload = replies.await(type, p -> command < 0 || (p[0] & 0xFF) == command, replyTimeoutMillis, port, what);
        if (payload == null) {
            throw new DeviceException(port + ": no answer to " + what + " within " + replyTimeoutMillis
                    + " ms (mat off, wrong port or baud rate?)");
        }
        return payload;
    }

    // ---- host

    @Override
    protected void startDevice() throws DeviceException {
        replies.clear();
        link().write(START);
        byte[] ack = await(Mat.TYPE_ACK, Mat.TYPE_START, "start");
        if ((ack[1] & 0xFF) != Mat.ACK_OK) {
            throw new DeviceException(port + ": the mat refused to start (status " + (ack[1] & 0xFF) + ")");
        }
    }

    @Override
    protected void startFailed() {
        try {
            link().write(STOP); // in case only the ack was lost
        } catch (DeviceException ignored) {
            // the link is gone: nothing streams
        }
    }

    @Override
    protected void stopDevice() throws DeviceException {
        link().write(STOP);
    }

    // ---- reader thread

    @Override
    protected void onStart() {
        stream.restart();
    }

    @Override
    protected void onRead(byte[] buffer, int length, long arrivalNanos) {
        streamingRead = true;
        decoder.accept(buffer, 0, length, arrivalNanos);
    }

    @Override
    protected void onIdleRead(byte[] buffer, int length, long arrivalNanos) {
        streamingRead = false;
        decoder.accept(buffer, 0, length, arrivalNanos);
    }

    @Override
    protected void onLinkRestored(boolean streaming) {
        decoder.reset();
        if (streaming) {
            stream.linkRestored();
        }
    }

    @Override
    protected void restartDevice(SerialLink restored) throws DeviceException {
        // A replugged mat may have been power-cycled: tell it to stream again; its ack is ignored.
        restored.write(START);
    }

    @Override
    public void frame(MatDecoder.Frame frame, long arrivalNanos) {
        if (frame.type() == Mat.TYPE_DATA) {
            if (streamingRead) {
                stream.frame(frame, arrivalNanos);
            }
        } else if (frame.type() == Mat.TYPE_IDENTITY || frame.type() == Mat.TYPE_ACK) {
            replies.offer(frame.type(), frame.payload());
        }
    }

    @Override
    public void rejected() {
        if (streamingRead) {
            stream.rejected();
        } else {
            idleStatistics().frameRejected();
        }
    }

    @Override
    public void skipped(int bytes) {
        if (streamingRead) {
            stream.skipped(bytes);
        } else {
            idleStatistics().bytesSkipped(bytes);
        }
    }

    @Override
    public void resynced() {
        if (streamingRead) {
            stream.resynced();
        } else {
            idleStatistics().resynced();
        }
    }

    /** Counters of input outside streaming; a throwaway set before the link is attached. */
    private PortStatistics idleStatistics() {
        SerialLink l = link();
        return l != null ? l.statistics() : new PortStatistics();
    }
}
