package org.myofuse.mat.sim;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.VirtualPortPair;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.mat.protocol.Mat;
import org.myofuse.mat.protocol.MatDecoder;
import org.myofuse.mat.protocol.MatEncoder;
import org.myofuse.mat.protocol.MatFrameSink;
import org.myofuse.mat.protocol.MatIdentity;
import org.myofuse.runtime.stream.MonotonicSessionClock;

/**
 * The wire simulator answers exactly what docs/protocols/pressure-mat.md says a mat answers, judged
 * from raw frames on the host end of a pseudo-terminal pair (no driver in between).
 */
class MatSimulatorTest {

    /** How long a silence must last to count as "no reply" (the protocol allows a mat 100 ms). */
    private static final long QUIET_MILLIS = 400;

    private final SerialTransport transport = ServiceLoader.load(SerialTransport.class).findFirst().orElseThrow();
    private final SessionClock clock = new MonotonicSessionClock();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** What the simulator sent that is not a clean frame (it was asked for no damage). */
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final MatDecoder decoder = new MatDecoder(new Collector());
    private final MatSimulator.Settings settings = MatSimulator.Settings.clean(5);
    private VirtualPortPair pair;
    private MatSimulator sim;
    private SerialLink host;

    /** One frame the host received: type, payload, and the sequence of a DATA frame (else -1). */
    private record Received(int type, byte[] payload, int sequence) {
    }

    private final class Collector implements MatFrameSink {

        @Override
        public void frame(MatDecoder.Frame frame, long arrivalNanos) {
            received.add(new Received(frame.type(), frame.payload(),
                    frame.type() == Mat.TYPE_DATA ? frame.sequence() : -1));
        }

        @Override
        public void rejected() {
            problems.add("a frame with a bad CRC");
        }

        @Override
        public void skipped(int bytes) {
            problems.add(bytes + " bytes that are not a frame");
        }

        @Override
        public void resynced() {
        }
    }

    @BeforeEach
    void serve() throws Exception {
        pair = transport.openVirtualPair();
        sim = MatSimulator.serve(settings, transport, pair.devicePath(), clock);
        host = transport.open(new SerialLinkSpec(pair.hostPath(), Mat.DEFAULT_BAUD, clock, "host", Duration.ofSeconds(1),
                false), (bytes, length, arrival) -> decoder.accept(bytes, 0, length, arrival));
    }

    @AfterEach
    void unplug() {
        host.close();
        sim.close();
        pair.close();
        assertEquals(List.of(), problems, "the simulator sent only clean frames");
    }

    private void send(byte[] frame) throws Exception {
        host.write(frame);
    }

    private List<Received> ofType(int type) {
        return received.stream().filter(r -> r.type() == type).toList();
    }

    private Received awaitOne(int type, int count) {
        await("frame " + Mat.typeName(type) + " #" + count).atMost(Duration.ofSeconds(2))
                .until(() -> ofType(type).size() >= count);
        return ofType(type).get(count - 1);
    }

    private void assertQuiet(String why) throws InterruptedException {
        int before = received.size();
        Thread.sleep(QUIET_MILLIS);
        assertEquals(before, received.size(), why);
    }

    @Test
    void sendsNothingUnasked() throws Exception {
        assertQuiet("a mat is stopped at power-up and sends nothing unasked");
    }

    @Test
    void identifyIsAnsweredWithTheIdentityWhetherStoppedOrStreaming() throws Exception {
        send(MatEncoder.command(Mat.TYPE_IDENTIFY));
        assertEquals(settings.identity(), MatIdentity.parse(awaitOne(Mat.TYPE_IDENTITY, 1).payload()));
        send(MatEncoder.command(Mat.TYPE_START));
        awaitOne(Mat.TYPE_DATA, 10);
        send(MatEncoder.command(Mat.TYPE_IDENTIFY));
        assertEquals(settings.identity(), MatIdentity.parse(awaitOne(Mat.TYPE_IDENTITY, 2).payload()));
    }

    @Test
    void startIsAcknowledgedBeforeDataNumberedFromZeroAndAgainWhileStreamingWithoutARestart() throws Exception {
        send(MatEncoder.command(Mat.TYPE_START));
        assertArrayEquals(new byte[] {Mat.TYPE_START, Mat.ACK_OK}, awaitOne(Mat.TYPE_ACK, 1).payload());
        awaitOne(Mat.TYPE_DATA, 20);
        assertEquals(Mat.TYPE_ACK, received.get(0).type(), "the ACK comes before the first image");
        send(MatEncoder.command(Mat.TYPE_START));
        assertArrayEquals(new byte[] {Mat.TYPE_START, Mat.ACK_OK}, awaitOne(Mat.TYPE_ACK, 2).payload());
        int afterSecondStart = ofType(Mat.TYPE_DATA).size() + 20;
        awaitOne(Mat.TYPE_DATA, afterSecondStart);
        List<Received> images = ofType(Mat.TYPE_DATA);
        for (int i = 0; i < images.size(); i++) {
            assertEquals(i, images.get(i).sequence(), "one sequence from 0, not restarted by the second START");
        }
    }

    @Test
    void stopIsAcknowledgedAfterTheLastImageAndAlsoWhenStoppedAndTheNextStartCountsFromZero() throws Exception {
        send(MatEncoder.command(Mat.TYPE_STOP));
        assertArrayEquals(new byte[] {Mat.TYPE_STOP, Mat.ACK_OK}, awaitOne(Mat.TYPE_ACK, 1).payload());
        send(MatEncoder.command(Mat.TYPE_START));
        awaitOne(Mat.TYPE_DATA, 10);
        send(MatEncoder.command(Mat.TYPE_STOP));
        awaitOne(Mat.TYPE_ACK, 3);
        assertQuiet("no image after the ACK of STOP");
        int stopAck = received.size() - 1;
        assertEquals(Mat.TYPE_ACK, received.get(stopAck).type(), "the ACK of STOP is the last frame");
        send(MatEncoder.command(Mat.TYPE_START));
        awaitOne(Mat.TYPE_ACK, 4);
        await("images after the second START").atMost(Duration.ofSeconds(2))
                .until(() -> received.size() > stopAck + 2);
        assertEquals(Mat.TYPE_ACK, received.get(stopAck + 1).type());
        assertEquals(0, received.get(stopAck + 2).sequence(), "a START after a STOP numbers from 0 again");
    }

    @Test
    void everyOtherFrameIsIgnoredWithoutAReply() throws Exception {
        byte[] badCrc = MatEncoder.command(Mat.TYPE_IDENTIFY);
        badCrc[badCrc.length - 1] ^= 0x01;
        send(badCrc);
        send(MatEncoder.command(0x55));
        send(MatEncoder.command(Mat.TYPE_DATA));
        send(MatEncoder.frame(Mat.TYPE_IDENTITY, settings.identity().encode()));
        send(MatEncoder.ack(Mat.TYPE_START, Mat.ACK_OK));
        send(MatEncoder.frame(Mat.TYPE_START, new byte[] {1}));
        assertQuiet("a bad CRC, an unknown type, the mat's own types and a command with a payload get no reply");
        assertTrue(received.isEmpty());
        send(MatEncoder.command(Mat.TYPE_IDENTIFY));
        awaitOne(Mat.TYPE_IDENTITY, 1);
    }
}
