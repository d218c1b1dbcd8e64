package org.myofuse.store.codec;

import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Lossless compression of frame-major float32 samples.
 *
 * <p>Each channel's raw float bits, read as an integer, are replaced by their difference from the
 * channel's previous sample (zig-zag coded so small negative steps stay small): consecutive samples of
 * a smooth signal share sign, exponent and high mantissa bits, so the differences have many leading
 * zero bits. The words are then split into byte planes (all most significant bytes first), so those
 * zeros become long runs of zero bytes that Deflate codes in a few bits. Measured on the simulators
 * (unquantised floats): EMG 0.89, force 0.83, mat 0.06 of the float32 size; 0.27 for the full device
 * set. Decoding reverses the steps on the raw
 * bits, so every value, NaN payloads included, comes back bit for bit.
 *
 * <p>Not thread-safe: one instance per thread. Scratch buffers grow to the largest chunk seen and are
 * then reused, so steady-state encoding allocates only the returned payload.
 */
public final class ChunkCodec {

    /** Codec id stored with every chunk: zig-zag difference to the previous sample, byte planes, zlib. */
    public static final int DELTA_PLANES_DEFLATE = 1;

    /** Channels per tile of the transposition: 16 floats fill one 64-byte cache line of a frame. */
    private static final int TILE = 16;

    private final Deflater deflater;
    private final Inflater inflater = new Inflater();
    private byte[] planes = new byte[0];
    private byte[] output = new byte[0];
    /** The raw bits of one tile of channels, channel-major: the order of the planes. */
    private int[] words = new int[0];

    /** A codec using Deflate's fastest level, which on sensor data gives almost the ratio of the best. */
    public ChunkCodec() {
        this(Deflater.BEST_SPEED);
    }

    public ChunkCodec(int deflateLevel) {
        this.deflater = new Deflater(deflateLevel); // zlib format: its Adler-32 checks every chunk on decoding
    }

    /** Compresses {@code frames * channels} values of {@code samples} starting at index 0. */
    public byte[] encode(float[] samples, int frames, int channels) {
        int values = frames * channels;
        int bytes = values * Float.BYTES;
        if (planes.length < bytes) {
            planes = new byte[bytes];
            output = new byte[bytes + bytes / 100 + 64];
        }
        toPlanes(samples, frames, channels);
        deflater.reset();
        deflater.setInput(planes, 0, bytes);
        deflater.finish();
        int length = 0;
        while (!deflater.finished()) {
            if (length == output.length) {
                output = java.util.Arrays.copyOf(output, output.length * 2);
            }
            length += deflater.deflate(output, length, output.length - length);
        }
        return java.util.Arrays.copyOf(output, length);
    }

    /**
     * Decompresses a payload of {@code frames} frames of {@code channels} channels into
     * {@code samples} (frame-major, from index 0).
     *
     * @throws CorruptChunkException if the payload does not hold exactly that many values
     */
    public void decode(byte[] payload, int frames, int channels, float[] samples) throws CorruptChunkException {
        decode(payload, 0, payload.length, frames, channels, samples);
    }

    /** As {@link #decode(byte[], int, int, float[])}, from {@code length} bytes at {@code offset} of a reused buffer. */
    public void decode(byte[] payload, int offset, int length, int frames, int channels, float[] samples)
            throws CorruptChunkException {
        int bytes = frames * channels * Float.BYTES;
        if (planes.length < bytes) {
            planes = new byte[bytes];
        }
        inflater.reset();
        inflater.setInput(payload, offset, length);
        int inflated = 0;
        try {
            while (inflated < bytes && !inflater.finished()) {
                int n = inflater.inflate(planes, inflated, bytes - inflated);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                inflated += n;
            }
        } catch (DataFormatException e) {
            throw new CorruptChunkException("chunk payload is not valid Deflate data: " + e.getMessage());
        }
        if (inflated != bytes || !inflater.finished()) {
            throw new CorruptChunkException("chunk payload holds " + inflated + " bytes, expected " + bytes + " for "
                    + frames + " frames of " + channels + " channels");
        }
        fromPlanes(frames, channels, samples);
    }

    /**
     * Byte planes of the zig-zag differences, a tile of {@link #TILE} channels at a time: the tile's
     * samples are gathered channel-major into a small scratch array, then differenced into the planes.
     * Walking a wide frame (the 1024-channel mat) channel by channel instead hits addresses one frame
     * (4 KB) apart, which all map to the same few cache sets; that made this the slowest step of an export.
     */
    private void toPlanes(float[] samples, int frames, int channels) {
        growWords(TILE * frames);
        for (int c0 = 0; c0 < channels; c0 += TILE) {
            int c1 = Math.min(channels, c0 + TILE);
            for (int f = 0; f < frames; f++) {
                int row = f * channels;
                for (int c = c0; c < c1; c++) {
                    words[(c - c0) * frames + f] = Float.floatToRawIntBits(samples[row + c]);
                }
            }
            difference(c0, c1, frames, channels);
        }
    }

    private void difference(int c0, int c1, int frames, int channels) {
        int values = frames * channels;
        for (int c = c0, w = 0, k = c0 * frames; c < c1; c++) {
            int previous = 0;
            for (int f = 0; f < frames; f++, w++, k++) {
                int bits = words[w];
                int d = bits - previous;
                int x = (d << 1) ^ (d >> 31);
                previous = bits;
                planes[k] = (byte) (x >>> 24);
                planes[values + k] = (byte) (x >>> 16);
                planes[2 * values + k] = (byte) (x >>> 8);
                planes[3 * values + k] = (byte) x;
            }
        }
    }

    /** The reverse of {@link #toPlanes}, tiled the same way. */
    private void fromPlanes(int frames, int channels, float[] samples) {
        growWords(TILE * frames);
        for (int c0 = 0; c0 < channels; c0 += TILE) {
            int c1 = Math.min(channels, c0 + TILE);
            undifference(c0, c1, frames, channels);
            for (int f = 0; f < frames; f++) {
                int row = f * channels;
                for (int c = c0; c < c1; c++) {
                    samples[row + c] = Float.intBitsToFloat(words[(c - c0) * frames + f]);
                }
            }
        }
    }

    private void undifference(int c0, int c1, int frames, int channels) {
        int values = frames * channels;
        for (int c = c0, w = 0, k = c0 * frames; c < c1; c++) {
            int previous = 0;
            for (int f = 0; f < frames; f++, w++, k++) {
                int x = (planes[k] & 0xff) << 24 | (planes[values + k] & 0xff) << 16
                        | (planes[2 * values + k] & 0xff) << 8 | (planes[3 * values + k] & 0xff);
                previous += (x >>> 1) ^ -(x & 1);
                words[w] = previous;
            }
        }
    }

    private void growWords(int values) {
        if (words.length < values) {
            words = new int[values];
        }
    }

    /** Frees the native zlib state; the codec is unusable afterwards. */
    public void close() {
        deflater.end();
        inflater.end();
    }
}
