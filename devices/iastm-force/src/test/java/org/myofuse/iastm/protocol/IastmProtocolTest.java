package org.myofuse.iastm.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The wire format byte by byte, as docs/protocols/iastm-force.md states it. */
class IastmProtocolTest {

    @Test
    void crcIsCcittFalseWithItsStandardCheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x29B1, Iastm.crc16(check, 0, check.length));
        assertEquals(0xFFFF, Iastm.crc16(check, 0, 0));
    }

    @Test
    void aDataFrameIsLaidOutAsDocumented() {
        byte[] out = new byte[64];
        int n = IastmEncoder.data(out, 0, 0x1234, 0x89ABCDEFL, new int[] {1_000_000, -1, 0x01020304}, null);
        assertEquals(25, n);
        byte[] head = {(byte) 0xA5, 0x5A, 20, 0x01, 0x34, 0x12, (byte) 0xEF, (byte) 0xCD, (byte) 0xAB, (byte) 0x89, 0,
            0x40, 0x42, 0x0F, 0x00, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x04, 0x03, 0x02, 0x01};
        assertArrayEquals(head, java.util.Arrays.copyOf(out, 23));
        int crc = Iastm.crc16(out, 2, 21);
        assertEquals(crc & 0xFF, out[23] & 0xFF);
        assertEquals(crc >>> 8, out[24] & 0xFF);
    }

    @Test
    void theDocumentedExampleFrameHasTheDocumentedCrc() {
        byte[] out = new byte[64];
        IastmEncoder.data(out, 0, 0x1234, 0x89ABCDEFL, new int[] {1_000_000, -1, 0x01020304}, null);
        assertEquals(0x728B, (out[23] & 0xFF) | ((out[24] & 0xFF) << 8));
    }

    @Test
    void anOrientedDataFrameCarriesTheQuaternionAfterTheForces() {
        byte[] out = new byte[64];
        int n = IastmEncoder.data(out, 0, 1, 2, new int[] {3, 4, 5}, new int[] {16384, -1, 2, 3});
        assertEquals(33, n);
        assertEquals(28, out[2]);
        assertEquals(Iastm.FLAG_ORIENTATION, out[10]);
        assertEquals(16384, Iastm.int16(out, 23));
        assertEquals(-1, Iastm.int16(out, 25));
    }

    @Test
    void commandsAreTheDocumentedBytes() {
        assertArrayEquals(bytes(0xA5, 0x5A, 0x01, 0x10, 0x0F, 0x3C), IastmEncoder.command(Iastm.CMD_IDENTIFY));
        assertArrayEquals(bytes(0xA5, 0x5A, 0x01, 0x11, 0x2E, 0x2C), IastmEncoder.command(Iastm.CMD_TARE));
        assertArrayEquals(bytes(0xA5, 0x5A, 0x02, 0x12, 0x00, 0xED, 0xC7), IastmEncoder.start(0));
        assertArrayEquals(bytes(0xA5, 0x5A, 0x02, 0x12, 0x01, 0xCC, 0xD7), IastmEncoder.start(Iastm.FLAG_ORIENTATION));
        assertArrayEquals(bytes(0xA5, 0x5A, 0x01, 0x13, 0x6C, 0x0C), IastmEncoder.command(Iastm.CMD_STOP));
        byte[] ack = new byte[8];
        IastmEncoder.ack(ack, 0, Iastm.CMD_TARE, Iastm.STATUS_OK);
        assertArrayEquals(bytes(0xA5, 0x5A, 0x03, 0xA0, 0x11, 0x00, 0xC2, 0x92), ack);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void theIdentifyReplyRoundTrips() {
        var info = new IdentifyInfo(1, 1000, 50_000_000, 150_000_000, 1000, true, "Acme Medical", "F3", "1.2.3",
                "SN-77");
        byte[] frame = IastmEncoder.identifyReply(info);
        assertEquals(Iastm.TYPE_IDENTIFY_REPLY, frame[3] & 0xFF);
        assertEquals(info, IdentifyInfo.parse(frame, 4, (frame[2] & 0xFF) - 1));
    }

    @Test
    void aMalformedIdentifyReplyIsAOneLineError() {
        byte[] frame = IastmEncoder.identifyReply(new IdentifyInfo(1, 1000, 1, 1, 1, false, "A", "B", "C", "D"));
        var e = assertThrows(IllegalArgumentException.class, () -> IdentifyInfo.parse(frame, 4, 22));
        assertEquals("identify reply: text fields cut short", e.getMessage());
    }
}
