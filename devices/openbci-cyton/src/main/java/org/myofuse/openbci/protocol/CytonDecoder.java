package org.myofuse.openbci.protocol;

import static org.myofuse.openbci.protocol.Cyton.PACKET_BYTES;
import static org.myofuse.openbci.protocol.Cyton.START;

/**
 * Finds Cyton packets in a byte stream that may be cut anywhere, corrupted, truncated or interleaved
 * with text, without allocating.
 *
 * <p>The format has no checksum, so a packet is judged by its frame: start byte 0xA0, a footer
 * 0xC0..0xC6 32 bytes later, and the next packet's start byte right after it. While aligned, a packet
 * with a good footer is accepted as soon as it is complete (no added latency); if the byte after it is
 * not a start byte, the decoder checks whether a well-framed packet starts inside it - the sign of a
 * truncated packet - and then rejects the candidate and keeps the packet inside, so a truncated packet
 * never costs the clean one after it. After losing alignment a candidate must be confirmed by the next
 * start byte (or by a plausible sample number), so that data bytes that happen to look like a frame
 * are not taken for one. Not thread-safe: one reader thread.
 */
public final class CytonDecoder {

    private static final int ACCEPT = 0;
    private static final int REJECT = 1;
    private static final int WAIT = 2;
    /** Bytes handled per pass; larger inputs are fed in pieces. */
    private static final int CHUNK = 4096;
    /** How far ahead of the expected one an unconfirmed sample number may be (lost packets). */
    private static final int PLAUSIBLE_SKIP = 3;

    private final CytonPacketSink sink;
    private final byte[] buf = new byte[CHUNK + 3 * PACKET_BYTES];
    private final Packet packet = new Packet();
    private int have;
    private int pos;
    private boolean aligned;
    private boolean everAligned;
    private boolean lostAlignment;
    private int lastSampleNumber = -1;
    /** Where the frame after a rejected one would start; -1 if none is due. */
    private int expectAt = -1;

    public CytonDecoder(CytonPacketSink sink) {
        this.sink = sink;
    }

    /** Decodes {@code length} bytes of {@code data} from {@code offset}, all stamped {@code arrivalNanos}. */
    public void accept(byte[] data, int offset, int length, long arrivalNanos) {
        int done = 0;
        while (done < length) {
            int n = Math.min(length - done, buf.length - have);
            System.arraycopy(data, offset + done, buf, have, n);
            have += n;
            done += n;
            parse(arrivalNanos);
            compact();
        }
    }

    /** Forgets partial input and alignment (after a reconnect or a restart of the stream). */
    public void reset() {
        have = 0;
        pos = 0;
        aligned = false;
        everAligned = false;
        lostAlignment = false;
        lastSampleNumber = -1;
        expectAt = -1;
    }

    private void parse(long arrivalNanos) {
        while (pos < have) {
            if ((buf[pos] & 0xFF) != START) {
                skipToStart();
                continue;
            }
            if (have - pos < PACKET_BYTES) {
                return;
            }
            int verdict = judge(pos);
            if (verdict == WAIT) {
                return;
            }
            if (verdict == ACCEPT) {
                emit(arrivalNanos);
            } else {
                reject();
            }
        }
    }

    /**
     * A candidate failed. It counts as a rejected frame when its sample number follows on from the
     * last packet's or it starts right where the frame after a rejected one was due; otherwise its
     * start byte was a stray or data byte met while searching, and only that byte is skipped.
     */
    private void reject() {
        if (pos == expectAt || plausibleSampleNumber(buf[pos + 1] & 0xFF)) {
            sink.rejected();
            expectAt = pos + PACKET_BYTES;
        } else {
            sink.skipped(1);
        }
        loseAlignment();
        pos++;
    }

    private void skipToStart() {
        int from = pos;
        while (pos < have && (buf[pos] & 0xFF) != START) {
            pos++;
        }
        loseAlignment();
        sink.skipped(pos - from);
    }

    private void loseAlignment() {
        if (aligned) {
            lostAlignment = true;
        }
        aligned = false;
    }

    private int judge(int at) {
        if (!Cyton.isFooter(buf[at + PACKET_BYTES - 1] & 0xFF)) {
            return REJECT;
        }
        int next = at + PACKET_BYTES;
        if (next < have && (buf[next] & 0xFF) == START) {
            return ACCEPT;
        }
        if (aligned) {
            if (next >= have) {
                return ACCEPT;
            }
            int inner = packetInside(at);
            return inner == ACCEPT ? REJECT : inner == WAIT ? WAIT : ACCEPT;
        }
        boolean plausible = plausibleSampleNumber(buf[at + 1] & 0xFF);
        if (next >= have) {
            // At the end of a read: a sample number that follows on is confirmation enough; otherwise
            // (the first packet of a stream) wait for the next start byte.
            return plausible ? ACCEPT : WAIT;
        }
        return plausible ? ACCEPT : REJECT;
    }

    /** ACCEPT if a well-framed packet starts inside the one at {@code at}, WAIT if that cannot be told yet. */
    private int packetInside(int at) {
        for (int q = at + 1; q < at + PACKET_BYTES; q++) {
            if ((buf[q] & 0xFF) != START) {
                continue;
            }
            int footer = q + PACKET_BYTES - 1;
            if (footer >= have) {
                return WAIT;
            }
            if (Cyton.isFooter(buf[footer] & 0xFF) && (footer + 1 >= have || (buf[footer + 1] & 0xFF) == START)) {
                return ACCEPT;
            }
        }
        return REJECT;
    }

    private boolean plausibleSampleNumber(int sampleNumber) {
        if (lastSampleNumber < 0) {
            return false;
        }
        int ahead = (sampleNumber - lastSampleNumber) & 0xFF;
        return ahead >= 1 && ahead <= PLAUSIBLE_SKIP + 1;
    }

    private void emit(long arrivalNanos) {
        packet.load(buf, pos);
        pos += PACKET_BYTES;
        aligned = true;
        if (lostAlignment && everAligned) {
            sink.resynced();
        }
        lostAlignment = false;
        everAligned = true;
        expectAt = -1;
        lastSampleNumber = packet.sampleNumber;
        sink.packet(packet, arrivalNanos);
    }

    private void compact() {
        int left = have - pos;
        if (left > 0 && pos > 0) {
            System.arraycopy(buf, pos, buf, 0, left);
        }
        expectAt = expectAt >= pos ? expectAt - pos : -1;
        have = left;
        pos = 0;
    }

    /** One decoded packet: the decoder's reusable view, valid during {@link CytonPacketSink#packet}. */
    public static final class Packet {

        private final int[] counts = new int[Cyton.CHANNELS];
        private final byte[] aux = new byte[6];
        private int sampleNumber;
        private int footer;

        void load(byte[] b, int at) {
            sampleNumber = b[at + 1] & 0xFF;
            for (int ch = 0; ch < Cyton.CHANNELS; ch++) {
                int i = at + 2 + 3 * ch;
                // The signed top byte shifted left carries the sign: 24-bit two's complement extended.
                counts[ch] = (b[i] << 16) | ((b[i + 1] & 0xFF) << 8) | (b[i + 2] & 0xFF);
            }
            System.arraycopy(b, at + 26, aux, 0, 6);
            footer = b[at + 32] & 0xFF;
        }

        /** Sample number 0..255. */
        public int sampleNumber() {
            return sampleNumber;
        }

        /** Footer byte 0xC0..0xC6. */
        public int footer() {
            return footer;
        }

        /** Signed ADC count of channel {@code ch} (0..7). */
        public int count(int ch) {
            return counts[ch];
        }

        /** Aux byte {@code i} (0..5), 0..255. */
        public int aux(int i) {
            return aux[i] & 0xFF;
        }

        /** Aux bytes {@code 2i, 2i+1} as a big-endian int16 (accelerometer axis i in a C0 packet). */
        public int auxInt16(int i) {
            return (short) ((aux[2 * i] << 8) | (aux[2 * i + 1] & 0xFF));
        }

        /** True for a C0 packet whose aux bytes carry a new accelerometer reading (they are zeros otherwise). */
        public boolean hasAccelerometer() {
            return footer == Cyton.FOOTER_ACCEL && (aux[0] | aux[1] | aux[2] | aux[3] | aux[4] | aux[5]) != 0;
        }

        /** True for C3..C6 packets, which carry the board time. */
        public boolean hasBoardTime() {
            return footer >= Cyton.FOOTER_TIME_MIN;
        }

        /** Board time in milliseconds (C3..C6), unsigned 32-bit. */
        public long boardTimeMillis() {
            return ((long) aux(2) << 24) | (aux(3) << 16) | (aux(4) << 8) | aux(5);
        }
    }
}
