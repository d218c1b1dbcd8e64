package org.myofuse.mat.driver;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.mat.protocol.Mat;
import org.myofuse.mat.protocol.MatDecoder;
import org.myofuse.mat.protocol.MatEncoder;
import org.myofuse.mat.protocol.MatFrameSink;
import org.myofuse.mat.protocol.MatIdentity;
import org.myofuse.api.serial.PortStatistics;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialListener;

/**
 * One connected mat. Every read of the port's reader thread goes through one decoder: reply frames
 * (identity, ack) go to the host thread waiting for them, data frames go to the bus while streaming
 * and are dropped otherwise.
 */
final class MatConnection implements DeviceConnection, SerialListener, MatFrameSink {

    private static final byte[] IDENTIFY = MatEncoder.command(Mat.TYPE_IDENTIFY);
    private static final byte[] START = MatEncoder.command(Mat.TYPE_START);
    private static final byte[] STOP = MatEncoder.command(Mat.TYPE_STOP);

    private final String port;
    private final DeviceContext<?> context;
    private final long replyTimeoutMillis;
    private final ReplyBox replies = new ReplyBox();
    private final MatDecoder decoder = new MatDecoder(this);
    /** Guards the decoder and the stream between the reader thread and start/stop. */
    private final Object streamLock = new Object();

    private volatile boolean streaming;
    private volatile boolean reconnected;
    /** Set right after the port opens; bytes may arrive before (a mat left streaming). */
    private volatile SerialLink link;
    private MatStream stream;
    private SamplePublisher publisher;
    private boolean closed;

    MatConnection(DeviceContext<?> context, long replyTimeoutMillis) {
        this.context = context;
        this.port = context.port();
        this.replyTimeoutMillis = replyTimeoutMillis;
    }

    void attach(SerialLink link) {
        this.link = link;
    }

    /** Stops a mat left streaming, then asks who it is. */
    MatIdentity identify() throws DeviceException {
        link.write(STOP);
        replies.clear();
        link.write(IDENTIFY);
        byte[] payload = await(Mat.TYPE_IDENTITY, -1, "identify");
        try {
            return MatIdentity.parse(payload);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(port + ": the mat's identify reply is unusable: " + e.getMessage());
        }
    }

    void openStream(DeviceDescriptor descriptor, MatIdentity identity) {
        publisher = context.openStream(descriptor, MatStream.MAX_BLOCK_FRAMES);
        stream = new MatStream(publisher, link.statistics(), identity);
    }

    private byte[] await(int type, int command, String what) throws DeviceException {
        byte[] payload;
        try {
            payload = replies.await(type, p -> command < 0 || (p[0] & 0xFF) == command, replyTimeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(port + ": interrupted while waiting for the answer to " + what);
        }
        if (payload == null) {
            throw new DeviceException(port + ": no answer to " + what + " within " + replyTimeoutMillis
                    + " ms (mat off, wrong port or baud rate?)");
        }
        return payload;
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
        if (streaming) {
            return;
        }
        synchronized (streamLock) {
            stream.restart();
            streaming = true;
        }
        replies.clear();
        try {
            link.write(START);
            byte[] ack = await(Mat.TYPE_ACK, Mat.TYPE_START, "start");
            if ((ack[1] & 0xFF) != Mat.ACK_OK) {
                throw new DeviceException(port + ": the mat refused to start (status " + (ack[1] & 0xFF) + ")");
            }
        } catch (DeviceException e) {
            synchronized (streamLock) {
                streaming = false;
            }
            try {
                link.write(STOP); // in case only the ack was lost
            } catch (DeviceException ignored) {
                // the link is gone: nothing streams
            }
            throw e;
        }
        link.expectData(true);
    }

    @Override
    public synchronized void stop() {
        if (!streaming) {
            return;
        }
        link.expectData(false);
        synchronized (streamLock) {
            streaming = false;
        }
        try {
            link.write(STOP);
        } catch (DeviceException e) {
            // a gone mat is already stopped
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
            decoder.accept(buffer, 0, length, arrivalNanos);
        }
        if (reconnected && streaming) {
            reconnected = false;
            context.reportStatus(DeviceState.RECONNECTED, port + ": link restored");
        }
    }

    @Override
    public void frame(MatDecoder.Frame frame, long arrivalNanos) {
        if (frame.type() == Mat.TYPE_DATA) {
            if (streaming && stream != null) {
                stream.frame(frame, arrivalNanos);
            }
        } else if (frame.type() == Mat.TYPE_IDENTITY || frame.type() == Mat.TYPE_ACK) {
            replies.offer(frame.type(), frame.payload());
        }
    }

    @Override
    public void rejected() {
        if (streaming && stream != null) {
            stream.rejected();
        } else {
            idleStatistics().frameRejected();
        }
    }

    @Override
    public void skipped(int bytes) {
        if (streaming && stream != null) {
            stream.skipped(bytes);
        } else {
            idleStatistics().bytesSkipped(bytes);
        }
    }

    @Override
    public void resynced() {
        if (streaming && stream != null) {
            stream.resynced();
        } else {
            idleStatistics().resynced();
        }
    }

    /** Counters of input outside streaming; a throwaway set before the link is attached. */
    private PortStatistics idleStatistics() {
        SerialLink l = link;
        return l != null ? l.statistics() : new PortStatistics();
    }

    @Override
    public void linkLost(String reason, long lastDataNanos) {
        context.reportStatus(DeviceState.DISCONNECTED, reason);
    }

    @Override
    public void linkRestored(SerialLink restored, long downNanos) {
        synchronized (streamLock) {
            decoder.reset();
            if (!streaming) {
                return;
            }
            stream.linkRestored();
            reconnected = true;
        }
        try {
            // A replugged mat may have been power-cycled: tell it to stream again; its ack is ignored.
            restored.write(START);
        } catch (DeviceException e) {
            // lost again: the transport reports it and tries once more
        }
    }
}
