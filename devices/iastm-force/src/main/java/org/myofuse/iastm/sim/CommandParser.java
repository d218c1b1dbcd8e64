package org.myofuse.iastm.sim;

import org.myofuse.iastm.protocol.Iastm;

/**
 * Finds the frames the host sends to the simulated tool: every frame with the sync word, a length of
 * 1..160 and a good CRC, whatever its type (the tool answers unknown and malformed commands, see
 * docs/protocols/iastm-force.md); anything else is skipped a byte at a time, so a frame that starts
 * inside a damaged one is still found. On the link's reader thread; allocates nothing.
 */
final class CommandParser {

    /** Receives each frame found: its type and its payload (the bytes after the type). */
    interface Commands {
        void command(int type, byte[] frame, int payloadOffset, int payloadLength);
    }

    private final Commands commands;
    /** Never holds more than one largest frame: a frame is decided as soon as it is complete. */
    private final byte[] buf = new byte[Iastm.OVERHEAD_BYTES + Iastm.MAX_LENGTH];
    private int have;

    CommandParser(Commands commands) {
        this.commands = commands;
    }

    /** Takes the bytes of one read. */
    void accept(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            buf[have++] = bytes[i];
            scan();
        }
    }

    /** Drops bytes that cannot start a frame, and hands on a complete frame with a good CRC. */
    private void scan() {
        while (have > 0) {
            if (!plausible()) {
                drop(1);
                continue;
            }
            if (have < Iastm.HEADER_BYTES) {
                return;
            }
            int length = buf[2] & 0xFF;
            int size = length + Iastm.OVERHEAD_BYTES;
            if (have < size) {
                return;
            }
            int crc = (buf[Iastm.HEADER_BYTES + length] & 0xFF) | ((buf[Iastm.HEADER_BYTES + length + 1] & 0xFF) << 8);
            if (crc != Iastm.crc16(buf, 2, length + 1)) {
                drop(1);
                continue;
            }
            commands.command(buf[Iastm.HEADER_BYTES] & 0xFF, buf, Iastm.HEADER_BYTES + 1, length - 1);
            drop(size);
        }
    }

    /** The buffered bytes can still begin a frame: sync word, then a length of 1..160. */
    private boolean plausible() {
        return (buf[0] & 0xFF) == Iastm.SYNC0 && (have < 2 || (buf[1] & 0xFF) == Iastm.SYNC1)
                && (have < 3 || ((buf[2] & 0xFF) >= 1 && (buf[2] & 0xFF) <= Iastm.MAX_LENGTH));
    }

    private void drop(int n) {
        System.arraycopy(buf, n, buf, 0, have - n);
        have -= n;
    }
}
