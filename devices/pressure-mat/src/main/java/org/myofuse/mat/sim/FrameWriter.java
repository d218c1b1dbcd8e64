package org.myofuse.mat.sim;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.myofuse.mat.protocol.Mat;
import org.myofuse.mat.protocol.MatEncoder;

/** Builds the simulator's data frames ({@link MatImages}), damaged or not. One streaming thread; clean frames reuse one array. */
final class FrameWriter {

    static final int CLEAN = 0;
    static final int TRUNCATE = 1;
    static final int BAD_CRC = 2;
    static final int GARBAGE = 3;
    static final int DROP = 4;
    private static final int MAX_GARBAGE = 16;

    private final MatSimulator.Settings settings;
    private final MatImages images;
    private final SplittableRandom random;
    private final int[] counts;
    private final byte[] frame;

    FrameWriter(MatSimulator.Settings settings) {
        this.settings = settings;
        this.images = new MatImages(settings);
        this.random = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        this.counts = new int[settings.rows() * settings.columns()];
        this.frame = new byte[Mat.OVERHEAD_BYTES + Mat.dataPayload(settings.rows(), settings.columns())];
    }

    int nextDamage() {
        if (settings.corruptRate() <= 0 || random.nextDouble() >= settings.corruptRate()) {
            return CLEAN;
        }
        return 1 + random.nextInt(4);
    }

    /** Frame {@code k} of the stream (0 at start) with the given damage; null for a dropped frame. */
    byte[] frame(long k, int damage) {
        if (damage == DROP) {
            return null;
        }
        images.counts(k, counts);
        MatEncoder.data(frame, 0, settings.rows(), settings.columns(), (int) k, counts);
        return switch (damage) {
            case TRUNCATE -> {
                // The header with rows and columns stays whole: a shorter remnant is mere garbage.
                int keep = Mat.HEADER_BYTES + 2 + random.nextInt(frame.length - Mat.HEADER_BYTES - 2);
                yield Arrays.copyOf(frame, keep);
            }
            case BAD_CRC -> {
                byte[] bad = frame.clone();
                int at = Mat.HEADER_BYTES + Mat.DATA_PREFIX_BYTES + random.nextInt(2 * counts.length);
                bad[at] ^= (byte) (1 + random.nextInt(255));
                yield bad;
            }
            case GARBAGE -> withGarbage();
            default -> frame;
        };
    }

    private byte[] withGarbage() {
        int n = 1 + random.nextInt(MAX_GARBAGE);
        byte[] out = new byte[n + frame.length];
        for (int i = 0; i < n; i++) {
            int b;
            do {
                b = random.nextInt(256);
            } while (b == Mat.SYNC0);
            out[i] = (byte) b;
        }
        System.arraycopy(frame, 0, out, n, frame.length);
        return out;
    }
}
