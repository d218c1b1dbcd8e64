package org.myofuse.openbci.sim;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.myofuse.openbci.protocol.Cyton;
import org.myofuse.openbci.protocol.CytonEncoder;

/** Builds the simulator's packets, damaged or not, into reused arrays. One streaming thread. */
final class PacketWriter {

    static final int CLEAN = 0;
    static final int TRUNCATE = 1;
    static final int BAD_FOOTER = 2;
    static final int GARBAGE = 3;
    private static final int MAX_GARBAGE = 8;

    private final CytonSimulator.Settings settings;
    private final SimulatedBoard board;
    private final SplittableRandom random;
    private final int[] counts = new int[Cyton.CHANNELS];
    private final byte[] aux = new byte[6];
    private final byte[] packet = new byte[Cyton.PACKET_BYTES];
    private final byte[][] withGarbage = new byte[MAX_GARBAGE + 1][];
    private final byte[][] truncated = new byte[Cyton.PACKET_BYTES][];
    private boolean lost;
    private boolean garbage;

    PacketWriter(CytonSimulator.Settings settings, SimulatedBoard board) {
        this.settings = settings;
        this.board = board;
        this.random = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        for (int n = 1; n <= MAX_GARBAGE; n++) {
            withGarbage[n] = new byte[n + Cyton.PACKET_BYTES];
        }
        for (int n = 1; n < Cyton.PACKET_BYTES; n++) {
            truncated[n] = new byte[n];
        }
    }

    int nextDamage() {
        if (settings.corruptRate() <= 0 || random.nextDouble() >= settings.corruptRate()) {
            return CLEAN;
        }
        return 1 + random.nextInt(3);
    }

    /** Packet {@code k} of the stream (0 at 'b'), with the given damage. */
    byte[] packet(long k, boolean daisy, int damage) {
        int ads = daisy ? (int) (k & 1) : 0;
        for (int ch = 0; ch < Cyton.CHANNELS; ch++) {
            int channel = ads * Cyton.CHANNELS + ch;
            // SDK document: a channel switched off "will read 0.00".
            counts[ch] = board.poweredDown(channel) ? 0
                    : CytonSimulator.counts(settings.seed(), k, ch, board.gainCode(channel));
        }
        int footer;
        Arrays.fill(aux, (byte) 0);
        if (board.timeStamps()) {
            footer = k == 0 ? 0xC3 : 0xC4;
            CytonEncoder.boardTime(aux, 0, 0, k * 4);
        } else {
            footer = Cyton.FOOTER_ACCEL;
            if (k % 10 == 0) {
                CytonEncoder.accelerometer(aux, accelX(k), 0, 8000);
            }
        }
        // Daisy: board 1 sends odd sample numbers, board 2 even ones.
        int sampleNumber = (int) ((daisy ? k + 1 : k) & 0xFF);
        CytonEncoder.packet(packet, 0, sampleNumber, counts, aux, footer);
        lost = damage == TRUNCATE || damage == BAD_FOOTER;
        garbage = damage == GARBAGE;
        return switch (damage) {
            case TRUNCATE -> truncate();
            case BAD_FOOTER -> {
                packet[Cyton.PACKET_BYTES - 1] = (byte) (0x10 + random.nextInt(0x80));
                yield packet;
            }
            case GARBAGE -> prependGarbage();
            default -> packet;
        };
    }

    /** Accelerometer x count of packet k: a slow sway. */
    static int accelX(long k) {
        return (int) Math.round(400 * Math.sin(k / 250.0));
    }

    private byte[] truncate() {
        byte[] out = truncated[1 + random.nextInt(Cyton.PACKET_BYTES - 1)];
        System.arraycopy(packet, 0, out, 0, out.length);
        return out;
    }

    private byte[] prependGarbage() {
        byte[] out = withGarbage[1 + random.nextInt(MAX_GARBAGE)];
        int n = out.length - Cyton.PACKET_BYTES;
        for (int i = 0; i < n; i++) {
            int b;
            do {
                b = random.nextInt(256);
            } while (b == Cyton.START);
            out[i] = (byte) b;
        }
        System.arraycopy(packet, 0, out, n, Cyton.PACKET_BYTES);
        return out;
    }

    boolean lastLost() {
        return lost;
    }

    boolean lastHadGarbage() {
        return garbage;
    }
}
