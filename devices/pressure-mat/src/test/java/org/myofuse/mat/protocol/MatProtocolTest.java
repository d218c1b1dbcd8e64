package org.myofuse.mat.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The wire format as documented in docs/protocols/pressure-mat.md: CRC, frames, identity. */
class MatProtocolTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    @Test
    void crcOfTheStandardCheckStringIs29B1() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x29B1, Crc16.of(check, 0, check.length));
    }

    @Test
    void commandFramesAreByteForByteAsDocumented() {
        assertEquals("A5 5A 10 00 00 FF 8F", HEX.formatHex(MatEncoder.command(Mat.TYPE_IDENTIFY)));
        assertEquals("A5 5A 11 00 00 CF B8", HEX.formatHex(MatEncoder.command(Mat.TYPE_START)));
        assertEquals("A5 5A 12 00 00 9F E1", HEX.formatHex(MatEncoder.command(Mat.TYPE_STOP)));
    }

    @Test
    void aTwoByTwoDataFrameIsByteForByteAsDocumented() {
        byte[] out = new byte[Mat.OVERHEAD_BYTES + Mat.dataPayload(2, 2)];
        int n = MatEncoder.data(out, 0, 2, 2, 0x1234, new int[] {200, 250, 0xFFFF, 0});
        assertEquals(out.length, n);
        assertEquals("A5 5A 01 0C 00 02 02 34 12 C8 00 FA 00 FF FF 00 00 6A 43", HEX.formatHex(out));
    }

    @Test
    void identityRoundTripsThroughItsPayload() {
        var id = new MatIdentity(1, 48, 44, 100, 10.16, 8.5, 0.0125f, 312, "Acme", "FootScan 48", "SN-0042", "2.3.1");
        assertEquals(Mat.IDENTITY_PAYLOAD, id.encode().length);
        assertEquals(id, MatIdentity.parse(id.encode()));
        assertEquals((1000 - 312) * (double) 0.0125f, id.kpa(1000));
    }

    @Test
    void anUnusableIdentityIsRefusedNamingTheField() {
        var zeroScale = new MatIdentity(1, 32, 32, 100, 10, 10, 0f, 0, "a", "b", "c", "d");
        var e = assertThrows(IllegalArgumentException.class, () -> MatIdentity.parse(zeroScale.encode()));
        assertEquals("scale 0.0 kPa per count must be positive and finite", e.getMessage());
        var wide = new MatIdentity(1, 32, 65, 100, 10, 10, 1f, 0, "a", "b", "c", "d");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MatIdentity.parse(wide.encode())).getMessage()
                .startsWith("geometry 32x65"));
        var future = new MatIdentity(2, 32, 32, 100, 10, 10, 1f, 0, "a", "b", "c", "d");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MatIdentity.parse(future.encode())).getMessage()
                .startsWith("protocol version 2"));
    }

    @Test
    void theDecoderFindsEveryKindOfFrameInOneStream() {
        var found = new ArrayList<String>();
        var decoder = new MatDecoder(new Collect(found));
        byte[] identity = MatEncoder.frame(Mat.TYPE_IDENTITY, new MatIdentity(1, 2, 3, 50, 5, 5, 1f, 0, "v", "m", "s",
                "f").encode());
        byte[] data = new byte[Mat.OVERHEAD_BYTES + Mat.dataPayload(2, 3)];
        MatEncoder.data(data, 0, 2, 3, 7, new int[] {1, 2, 3, 4, 5, 6});
        var wire = new java.io.ByteArrayOutputStream();
        wire.writeBytes(MatEncoder.command(Mat.TYPE_START));
        wire.writeBytes(identity);
        wire.writeBytes(MatEncoder.ack(Mat.TYPE_START, Mat.ACK_OK));
        wire.writeBytes(data);
        byte[] all = wire.toByteArray();
        decoder.accept(all, 0, all.length, 0);
        assertEquals(List.of("start 0", "identity 84", "ack 2", "data 16 seq 7 cells 1,2,3,4,5,6"), found);
    }

    @Test
    void aDataFrameWhoseLengthContradictsItsGeometryIsNotAFrame() {
        var found = new ArrayList<String>();
        var collect = new Collect(found);
        var decoder = new MatDecoder(collect);
        byte[] data = new byte[Mat.OVERHEAD_BYTES + Mat.dataPayload(2, 3)];
        MatEncoder.data(data, 0, 2, 3, 7, new int[6]);
        data[6] = 4; // columns 4 with a payload for 3
        decoder.accept(data, 0, data.length, 0);
        assertEquals(List.of(), found);
        assertEquals(0, collect.rejected);
        assertEquals(data.length, collect.skipped);
    }

    @Test
    void cellsAreUnsignedLittleEndian() {
        byte[] data = new byte[Mat.OVERHEAD_BYTES + Mat.dataPayload(1, 2)];
        MatEncoder.data(data, 0, 1, 2, 65535, new int[] {0x8001, 70_000});
        int[] cells = new int[2];
        int[] seq = new int[1];
        new MatDecoder(new Collect(new ArrayList<>()) {
            @Override
            public void frame(MatDecoder.Frame f, long t) {
                cells[0] = f.cell(0);
                cells[1] = f.cell(1);
                seq[0] = f.sequence();
            }
        }).accept(data, 0, data.length, 0);
        assertArrayEquals(new int[] {0x8001, 0xFFFF}, cells, "values above 65535 are clamped by the encoder");
        assertEquals(65535, seq[0]);
    }

    static class Collect implements MatFrameSink {
        final List<String> found;
        int rejected;
        int skipped;

        Collect(List<String> found) {
            this.found = found;
        }

        @Override
        public void frame(MatDecoder.Frame f, long t) {
            if (f.type() == Mat.TYPE_DATA) {
                var cells = new StringBuilder();
                for (int i = 0; i < f.rows() * f.columns(); i++) {
                    cells.append(i == 0 ? "" : ",").append(f.cell(i));
                }
                found.add("data " + f.payloadLength() + " seq " + f.sequence() + " cells " + cells);
            } else {
                found.add(Mat.typeName(f.type()) + " " + f.payloadLength());
            }
        }

        @Override
        public void rejected() {
            rejected++;
        }

        @Override
        public void skipped(int bytes) {
            skipped += bytes;
        }

        @Override
        public void resynced() {
        }
    }
}
