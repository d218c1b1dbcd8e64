package org.myofuse.openbci.protocol;

import static org.myofuse.openbci.protocol.Cyton.PACKET_BYTES;
import static org.myofuse.openbci.protocol.Cyton.START;

import org.myofuse.lib.serial.FrameScanner;

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
 * are not taken for one. The buffering, skipping and resynchronisation bookkeeping are
 * {@link FrameScanner}'s. Not thread-safe: one reader thread.
 */
public final class CytonDecoder extends FrameScanner {

    private static final int ACCEPT = 0;
    private static final int REJECT = 1;
    private static final int WAIT = 2;
    /** How far ahead of the expected one an unconfirmed sample number may be (lost packets). */
    private static final int PLAUSIBLE_SKIP = 3;

    private final CytonPacketSink sink;
    private final Packet packet = new Packet();
    private int lastSampleNumber = -1;
    /** Where the frame after a rejected one would start; -1 if none is due. */
    private int expectAt = -1;

    public CytonDecoder(CytonPacketSink sink) {
        super(sink, 3 * PACKET_BYTES);
        this.sink = sink;
    }

    /** Forgets partial input and alignment (after a reconnect or a restart of the stream). */
    @Override
    public void reset() {
        super.reset();
        lastSampleNumber = -1;
        expectAt = -1;
    }

    @Override
    protected void parse(long arrivalNanos) {
        while (pos < have) {
            if (!mayStartFrame(pos)) {
                skipToFrameStart();
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

    @Override
    protected boolean mayStartFrame(int at) {
        return (buf[at] & 0xFF) == START;
    }

    private int judge(int at) {
        if (!Cyton.isFooter(buf[at + PACKET_BYTES - 1] & 0xFF)) {
            return REJECT;
        }
        int next = at + PACKET_BYTES;
        if (next < have && (buf[next] & 0xFF) == START) {
            return ACCEPT;
        }
        if (aligned()) {
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
        frameFound();
        expectAt = -1;
        lastSampleNumber = packet.sampleNumber;
        sink.packet(packet, arrivalNanos);
    }

    @Override
    protected void shifted(int by) {
        expectAt = expectAt >= by ? expectAt - by : -1;
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
