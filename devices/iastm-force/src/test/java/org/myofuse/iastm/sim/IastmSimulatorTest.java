package org.myofuse.iastm.sim;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.VirtualPortPair;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.iastm.protocol.Iastm;
import org.myofuse.iastm.protocol.IastmDecoder;
import org.myofuse.iastm.protocol.IastmEncoder;
import org.myofuse.iastm.protocol.IastmFrameSink;
import org.myofuse.iastm.protocol.IdentifyInfo;
import org.myofuse.runtime.stream.MonotonicSessionClock;

/**
 * The wire simulator answers exactly what docs/protocols/iastm-force.md says a tool answers, judged
 * from raw frames on the host end of a pseudo-terminal pair (no driver in between).
 */
class IastmSimulatorTest {

    /** How long a silence must last to count as "no reply". */
    private static final long QUIET_MILLIS = 400;

    private final SerialTransport transport = ServiceLoader.load(SerialTransport.class).findFirst().orElseThrow();
    private final SessionClock clock = new MonotonicSessionClock();
    /** Replies as {type, payload...}; data frames as {0x01, orientation flag}. */
    private final List<int[]> received = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final IastmDecoder decoder = new IastmDecoder(new Collector());
    private VirtualPortPair pair;
    private IastmSimulator sim;
    private SerialLink host;

    private final class Collector implements IastmFrameSink {

        @Override
        public void data(IastmDecoder.DataFrame frame, long arrivalNanos) {
            received.add(new int[] {Iastm.TYPE_DATA, frame.hasOrientation() ? 1 : 0});
        }

        @Override
        public void reply(int type, byte[] payload, int offset, int length) {
            int[] r = new int[1 + length];
            r[0] = type;
            for (int i = 0; i < length; i++) {
                r[1 + i] = payload[offset + i] & 0xFF;
            }
            received.add(r);
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

    private void serve(IastmSimulator.Settings settings) throws Exception {
        pair = transport.openVirtualPair();
        sim = IastmSimulator.serve(settings, transport, pair.devicePath(), clock);
        host = transport.open(new SerialLinkSpec(pair.hostPath(), Iastm.BAUD, clock, "host", Duration.ofSeconds(1),
                false), (bytes, length, arrival) -> decoder.accept(bytes, 0, length, arrival));
    }

    @AfterEach
    void unplug() {
        if (host != null) {
            host.close();
        }
        if (sim != null) {
            sim.close();
        }
        if (pair != null) {
            pair.close();
        }
        assertEquals(List.of(), problems, "the simulator sent only clean frames");
    }

    private List<int[]> replies() {
        return received.stream().filter(r -> r[0] != Iastm.TYPE_DATA).toList();
    }

    private long dataFrames() {
        return received.stream().filter(r -> r[0] == Iastm.TYPE_DATA).count();
    }

    /** Sends a frame and returns the one reply it gets. */
    private int[] ask(byte[] frame) throws Exception {
        int before = replies().size();
        host.write(frame);
        await("a reply").atMost(Duration.ofSeconds(2)).until(() -> replies().size() > before);
        Thread.sleep(50);
        assertEquals(before + 1, replies().size(), "exactly one reply");
        return replies().get(before);
    }

    private static int[] ack(int command, int status) {
        return new int[] {Iastm.TYPE_ACK, command, status};
    }

    /** A frame of {@code type} with {@code payload}, sealed with its CRC. */
    private static byte[] frame(int type, int... payload) {
        byte[] out = new byte[Iastm.OVERHEAD_BYTES + 1 + payload.length];
        for (int i = 0; i < payload.length; i++) {
            out[Iastm.HEADER_BYTES + 1 + i] = (byte) payload[i];
        }
        IastmEncoder.seal(out, 0, type, payload.length);
        return out;
    }

    private void assertQuiet(String why) throws InterruptedException {
        int before = received.size();
        Thread.sleep(QUIET_MILLIS);
        assertEquals(before, received.size(), why);
    }

    @Test
    void sendsNothingUnaskedAndAnswersIdentifyWithItsIdentity() throws Exception {
        serve(IastmSimulator.Settings.clean(3));
        assertQuiet("a tool is stopped at power-up and sends nothing unasked");
        int[] reply = ask(IastmEncoder.command(Iastm.CMD_IDENTIFY));
        assertEquals(Iastm.TYPE_IDENTIFY_REPLY, reply[0]);
        byte[] payload = new byte[reply.length - 1];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) reply[1 + i];
        }
        IdentifyInfo info = IdentifyInfo.parse(payload, 0, payload.length);
        assertEquals(IastmSimulator.MODEL, info.model());
        assertEquals(true, info.orientation());
    }

    @Test
    void startStopAndTareAreAcknowledgedAsDocumented() throws Exception {
        serve(IastmSimulator.Settings.clean(3));
        assertArrayEquals(ack(Iastm.CMD_STOP, Iastm.STATUS_OK), ask(IastmEncoder.command(Iastm.CMD_STOP)),
                "stop while stopped");
        assertArrayEquals(ack(Iastm.CMD_TARE, Iastm.STATUS_OK), ask(IastmEncoder.command(Iastm.CMD_TARE)));
        assertEquals(1, sim.tares());
        assertArrayEquals(ack(Iastm.CMD_START, Iastm.STATUS_OK), ask(IastmEncoder.start(0)));
        await("data").atMost(Duration.ofSeconds(2)).until(() -> dataFrames() > 100);
        assertArrayEquals(ack(Iastm.CMD_TARE, Iastm.STATUS_BUSY), ask(IastmEncoder.command(Iastm.CMD_TARE)),
                "tare while streaming");
        assertEquals(1, sim.tares(), "a refused tare changes nothing");
        assertArrayEquals(ack(Iastm.CMD_START, Iastm.STATUS_OK), ask(IastmEncoder.start(Iastm.FLAG_ORIENTATION)),
                "start while streaming");
        long before = dataFrames();
        await("more data").atMost(Duration.ofSeconds(2)).until(() -> dataFrames() > before + 100);
        assertEquals(0, received.stream().filter(r -> r[0] == Iastm.TYPE_DATA && r[1] == 1).count(),
                "start while streaming changes nothing, its orientation flag included");
        assertArrayEquals(ack(Iastm.CMD_STOP, Iastm.STATUS_OK), ask(IastmEncoder.command(Iastm.CMD_STOP)));
        int[] last = received.get(received.size() - 1);
        assertArrayEquals(ack(Iastm.CMD_STOP, Iastm.STATUS_OK), last, "no data frame after the ack of stop");
        assertQuiet("no data frame after the ack of stop");
    }

    @Test
    void unknownTypesMalformedCommandsAndUnsupportedOrientationGetTheirStatus() throws Exception {
        serve(new IastmSimulator.Settings(3, 0, true, false, 0, 0));
        assertArrayEquals(ack(0x55, Iastm.STATUS_UNSUPPORTED), ask(frame(0x55, 1, 2, 3)), "unknown type");
        assertArrayEquals(ack(Iastm.TYPE_ACK, Iastm.STATUS_UNSUPPORTED),
                ask(frame(Iastm.TYPE_ACK, Iastm.CMD_START, 0)), "one of the tool's own types");
        assertArrayEquals(ack(Iastm.CMD_IDENTIFY, Iastm.STATUS_BAD_PARAMETER), ask(frame(Iastm.CMD_IDENTIFY, 7)),
                "identify with a payload");
        assertArrayEquals(ack(Iastm.CMD_START, Iastm.STATUS_BAD_PARAMETER), ask(frame(Iastm.CMD_START)),
                "start without its flags");
        assertArrayEquals(ack(Iastm.CMD_START, Iastm.STATUS_BAD_PARAMETER), ask(IastmEncoder.start(0x02)),
                "start with an undefined flag");
        assertArrayEquals(ack(Iastm.CMD_START, Iastm.STATUS_UNSUPPORTED), ask(IastmEncoder.start(Iastm.FLAG_ORIENTATION)),
                "orientation from a tool without IMU");
        assertQuiet("a refused start sends no data");
    }

    @Test
    void framesWithABadCrcAreIgnoredAndACommandStartingInsideOneIsStillFound() throws Exception {
        serve(IastmSimulator.Settings.clean(3));
        byte[] bad = IastmEncoder.command(Iastm.CMD_TARE);
        bad[bad.length - 1] ^= 0x40;
        host.write(bad);
        assertQuiet("a bad CRC gets no reply");
        byte[] identify = IastmEncoder.command(Iastm.CMD_IDENTIFY);
        // a header claiming 160 bytes, cut short by a whole identify command
        byte[] claim = {(byte) Iastm.SYNC0, (byte) Iastm.SYNC1, (byte) Iastm.MAX_LENGTH, 0x10};
        byte[] both = Arrays.copyOf(claim, claim.length + identify.length + Iastm.MAX_LENGTH);
        System.arraycopy(identify, 0, both, claim.length, identify.length);
        host.write(both);
        await("the identify reply").atMost(Duration.ofSeconds(2))
                .until(() -> replies().stream().anyMatch(r -> r[0] == Iastm.TYPE_IDENTIFY_REPLY));
        assertQuiet("one reply, to the identify inside the damaged frame");
        assertEquals(1, replies().size());
    }
}
