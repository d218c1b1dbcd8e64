package org.myofuse.store.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.myofuse.store.testing.Simulated;

class ChunkCodecTest {

    private final ChunkCodec codec = new ChunkCodec();

    private static int[] bits(float[] values, int count) {
        int[] bits = new int[count];
        for (int i = 0; i < count; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    private void assertRoundTrip(float[] values, int frames, int channels) throws Exception {
        byte[] payload = codec.encode(values, frames, channels);
        float[] decoded = new float[frames * channels];
        codec.decode(payload, frames, channels, decoded);
        assertArrayEquals(bits(values, frames * channels), bits(decoded, frames * channels));
    }

    @Test
    void shouldReturnEveryBitOfSpecialValues() throws Exception {
        float[] values = { 0f, -0f, Float.NaN, Float.intBitsToFloat(0x7fc01234), Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MAX_VALUE, 1e-40f, 3.25f, -7.5f, 42f };
        assertRoundTrip(values, 4, 3);
    }

    @Test
    void shouldReturnRandomBitPatternsUnchanged() throws Exception {
        var random = new Random(7);
        float[] values = new float[2000 * 16];
        for (int i = 0; i < values.length; i++) {
            values[i] = Float.intBitsToFloat(random.nextInt());
        }
        assertRoundTrip(values, 2000, 16);
        assertRoundTrip(values, 1, 1); // only the first value; scratch buffers are larger than needed now
    }

    @Test
    void shouldRefuseAPayloadOfTheWrongSizeOrNotDeflate() {
        float[] values = new float[30];
        Arrays.fill(values, 1.5f);
        byte[] payload = codec.encode(values, 10, 3);
        float[] out = new float[40];
        var e = assertThrows(CorruptChunkException.class, () -> codec.decode(payload, 10, 4, out));
        assertTrue(e.getMessage().contains("expected 160"), e.getMessage());
        assertThrows(CorruptChunkException.class, () -> codec.decode(new byte[] { 7, 7, 7, 7, 7 }, 10, 3, out));
        assertThrows(CorruptChunkException.class,
                () -> codec.decode(Arrays.copyOf(payload, payload.length / 2), 10, 3, out));
    }

    /** Stored size of one simulated device: 60 s in chunks of 100 ms, as the recorder writes them. */
    private double ratio(Simulated.Device device, int seconds) throws Exception {
        var signal = device.signal();
        int rate = (int) signal.sampleRateHz();
        int frames = Math.max(1, rate / 10);
        float[] chunk = new float[frames * signal.channels()];
        float[] decoded = new float[chunk.length];
        long raw = 0;
        long stored = 0;
        for (long index = 0; index < (long) seconds * rate; index += frames) {
            signal.fill(chunk, index, frames);
            byte[] payload = codec.encode(chunk, frames, signal.channels());
            codec.decode(payload, frames, signal.channels(), decoded);
            assertArrayEquals(bits(chunk, chunk.length), bits(decoded, decoded.length));
            raw += chunk.length * 4L;
            stored += payload.length;
        }
        return (double) stored / raw;
    }

    @Test
    void shouldStoreSimulatedRecordingsInAtMostSixTenthsOfTheirFloatSize() throws Exception {
        double emg = ratio(Simulated.emg("emg", 1), 60);
        double force = ratio(Simulated.force("force"), 60);
        double mat = ratio(Simulated.mat("mat"), 60);
        // The full device set per second: 16 EMG channels x 2000 Hz, 3 x 1000 Hz, 1024 x 100 Hz.
        double all = (emg * 32_000 + force * 3_000 + mat * 102_400) / 137_400;
        System.out.printf("stored/raw float32: emg %.3f, force %.3f, mat %.3f, full device set %.3f%n", emg, force,
                mat, all);
        assertTrue(all <= 0.6, "full device set ratio " + all);
        assertTrue(mat <= 0.6, "mat ratio " + mat);
    }
}
