package org.myofuse.lib.serial;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.serial.PortStatistics;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.api.stream.SamplePublisher;

/**
 * One connected serial device: the part every serial driver's connection shares, with the host's
 * lifecycle calls on one side, the port's reader thread on the other, and no lock between them.
 *
 * <h2>Threads</h2>
 * {@link #start}, {@link #stop} and {@link #close} come from the host, one at a time (see
 * {@link org.myofuse.api.device.DeviceDriver}), and so do the subclass's <em>host hooks</em>
 * ({@link #beforeStart}, {@link #startDevice}, {@link #startFailed}, {@link #stopDevice}). Every
 * {@link SerialListener} call comes from the port's reader thread, and so do the <em>reader hooks</em>
 * ({@link #onStart}, {@link #onRead}, {@link #onIdleRead}, {@link #onLinkRestored},
 * {@link #restartDevice}). The reader thread owns the decoder and the stream assembler with its
 * staging block: only reader hooks touch them. The host's calls change volatile state and talk to the
 * device; {@code start} leaves a request that the reader honours ({@link #onStart}) before it decodes
 * the first read of that start. The host drops whatever is published outside start..stop, so a read in
 * progress while {@code stop} runs is harmless without a lock.
 *
 * <h2>Link loss</h2>
 * A lost link is reported as {@link DeviceState#DISCONNECTED}. When the transport has reopened the
 * port, the reader forgets partial input ({@link #onLinkRestored}) and, while streaming, sizes the next
 * samples as a RECONNECT gap and re-initialises the device ({@link #restartDevice}); the first read
 * after that is reported as {@link DeviceState#RECONNECTED}. Nothing else is reported: the host owns
 * the other states.
 */
public abstract class SerialConnection implements DeviceConnection, SerialListener {

    /** The host's side of this device: its stream and status reports. */
    protected final DeviceContext<?> context;
    /** The configured port, for messages. */
    protected final String port;

    /** Set right after the port opens; bytes may arrive before (a device left streaming). */
    private volatile SerialLink link;
    private volatile SamplePublisher publisher;
    private volatile boolean streaming;
    /** Incremented by every start; the reader runs {@link #onStart} when it sees a new value. */
    private volatile int startRequests;
    private boolean closed;

    // ---- reader thread only
    private int startsHonoured;
    private boolean reconnected;

    protected SerialConnection(DeviceContext<?> context) {
        this.context = context;
        this.port = context.port();
    }

    /** Called by the driver right after {@code SerialTransport.open} returned the link. */
    public final void attach(SerialLink link) {
        this.link = link;
    }

    /** The open link; null before {@link #attach}. */
    protected final SerialLink link() {
        return link;
    }

    /** This port's counters. */
    public final PortStatistics statistics() {
        return link.statistics();
    }

    /** Opens the device's stream (once, while connecting, before {@code start}). */
    protected final SamplePublisher openStream(DeviceDescriptor descriptor, int maxFramesPerBlock) {
        publisher = context.openStream(descriptor, maxFramesPerBlock);
        return publisher;
    }

    /** True between a successful start and the next stop, as the host sees it; any thread. */
    protected final boolean streaming() {
        return streaming;
    }

    @Override
    public final DeviceDescriptor descriptor() {
        return publisher.stream().descriptor();
    }

    @Override
    public final void start() throws DeviceException {
        if (closed) {
            throw new DeviceException(port + ": cannot start, the connection is closed");
        }
        if (streaming) {
            return;
        }
        beforeStart();
        startRequests++; // a single writer: the host never overlaps two calls
        streaming = true; // before the command: what the device sends in answer is already streamed
        try {
            startDevice();
        } catch (DeviceException | RuntimeException e) {
            streaming = false;
            startFailed();
            throw e;
        }
        link.expectData(true);
    }

    @Override
    public final void stop() {
        if (!streaming) {
            return;
        }
        link.expectData(false);
        streaming = false;
        try {
            stopDevice();
        } catch (DeviceException e) {
            // a gone device is already stopped
        }
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        stop();
        closed = true;
        link.close();
    }

    // ---- host hooks

    /** Host: before streaming is switched on, e.g. a command that is refused while streaming. */
    protected void beforeStart() throws DeviceException {
    }

    /** Host: tells the device to stream (and waits for its acknowledgement if it gives one). */
    protected abstract void startDevice() throws DeviceException;

    /** Host: {@link #startDevice} failed and streaming is off again, e.g. stop in case only the answer was lost. */
    protected void startFailed() {
    }

    /** Host: tells the device to stop, without waiting for it (a stopped or gone device must not hold up the host). */
    protected abstract void stopDevice() throws DeviceException;

    // ---- reader thread

    @Override
    public final void bytesArrived(byte[] buffer, int length, long arrivalNanos) {
        if (!streaming) {
            onIdleRead(buffer, length, arrivalNanos);
            return;
        }
        honourStart();
        onRead(buffer, length, arrivalNanos);
        if (reconnected) {
            reconnected = false;
            context.reportStatus(DeviceState.RECONNECTED, port + ": link restored");
        }
    }

    @Override
    public final void linkLost(String reason, long lastDataNanos) {
        context.reportStatus(DeviceState.DISCONNECTED, reason);
    }

    @Override
    public final void linkRestored(SerialLink restored, long downNanos) {
        boolean wasStreaming = streaming;
        if (wasStreaming) {
            honourStart();
        }
        onLinkRestored(wasStreaming);
        if (!wasStreaming) {
            return;
        }
        reconnected = true;
        try {
            restartDevice(restored);
        } catch (DeviceException e) {
            // lost again: the transport reports it and tries once more
        }
    }

    private void honourStart() {
        int requests = startRequests;
        if (requests != startsHonoured) {
            startsHonoured = requests;
            onStart();
        }
    }

    // ---- reader hooks

    /** Reader: a new start, before its first read is decoded (reset the decoder, continue the numbering). */
    protected abstract void onStart();

    /** Reader: one read while streaming; decode it and publish what it completes. */
    protected abstract void onRead(byte[] buffer, int length, long arrivalNanos);

    /** Reader: one read while not streaming (replies while connecting, the last data after stop); dropped by default. */
    protected void onIdleRead(byte[] buffer, int length, long arrivalNanos) {
    }

    /**
     * Reader: the port was reopened after a loss. Forget partial input; if {@code streaming}, the next
     * samples are sized against the last ones as a RECONNECT gap.
     */
    protected abstract void onLinkRestored(boolean streaming);

    /** Reader, while streaming: the device may have been power-cycled; tell it to stream again through {@code restored}. */
    protected abstract void restartDevice(SerialLink restored) throws DeviceException;
}
