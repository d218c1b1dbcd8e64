package org.myofuse.iastm.sim;

import org.myofuse.iastm.protocol.Iastm;

/** Finds host commands in the bytes the simulated tool receives, one byte at a time; skips anything else. */
final class CommandParser {

    private final byte[] buf = new byte[Iastm.OVERHEAD_BYTES + 2];
    private int have;
    private int type;
    private int parameter;

    /** Adds one byte; true when it completes a valid command ({@link #type()}, {@link #parameter()}). */
    boolean add(byte b) {
        buf[have++] = b;
        while (have > 0 && !plausible()) {
            System.arraycopy(buf, 1, buf, 0, --have);
        }
        if (have < 4 || have < (buf[2] & 0xFF) + Iastm.OVERHEAD_BYTES) {
            return false;
        }
        int length = buf[2] & 0xFF;
        int crc = (buf[3 + length] & 0xFF) | ((buf[4 + length] & 0xFF) << 8);
        if (crc != Iastm.crc16(buf, 2, length + 1)) {
            System.arraycopy(buf, 1, buf, 0, --have);
            return false;
        }
        type = buf[3] & 0xFF;
        parameter = length > 1 ? buf[4] & 0xFF : 0;
        have = 0;
        return true;
    }

    /** The buffered bytes can still begin a command. */
    private boolean plausible() {
        return (buf[0] & 0xFF) == Iastm.SYNC0 && (have < 2 || (buf[1] & 0xFF) == Iastm.SYNC1)
                && (have < 4 || Iastm.validCommand(buf[3] & 0xFF, buf[2] & 0xFF));
    }

    int type() {
        return type;
    }

    int parameter() {
        return parameter;
    }
}
