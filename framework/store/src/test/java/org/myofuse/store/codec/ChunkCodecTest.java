package org.myofuse.store.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
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
    void shouldReturnFramesWiderAndNarrowerThanATileOfChannels() throws Exception {
        var random = new Random(11);
        for (int[] shape : new int[][] { { 100, 1024 }, { 7, 17 }, { 33, 15 }, { 2000, 8 } }) {
            float[] values = new float[shape[0] * shape[1]];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) random.nextGaussian();
            }
            assertRoundTrip(values, shape[0], shape[1]);
        }
    }

    /** Codec 1 is stored in databases: a payload written by its first implementation must still decode. */
    @Test
    void shouldDecodeAPayloadStoredByTheFirstImplementation() throws Exception {
        int frames = 5;
        int channels = 19;
        float[] expected = new float[frames * channels];
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < channels; c++) {
                expected[f * channels + c] = (float) Math.sin(f * 0.3 + c) * (c + 1) - f * 0.25f;
            }
        }
        float[] decoded = new float[expected.length];
        codec.decode(HexFormat.of().parseHex(FIRST_IMPLEMENTATION_PAYLOAD), frames, channels, decoded);
        assertArrayEquals(bits(expected, expected.length), bits(decoded, decoded.length));
    }

    private static final String FIRST_IMPLEMENTATION_PAYLOAD = "780163a86260f857cf00040d0c0cbf58ebfe33323080b97560"
            + "31e63f0c0c8d20561310333632fd6364004bd482c4ea18587f2164814a80d260d91a902c50c96f168692c9df7fad63d48d7e"
            + "119bf0e18f8a626cfcdc38e9000d1efe7e05dbc9ffb99f267caf0d08d661d095512d587a9f9deb9ee9eac6e9768a4c0d9c5a"
            + "6e9b1c5f5c71785db1da478bf936a749d4069f633e41dac7fed5078abde6e7d2c9376ffe19bb9de1d9fd434bafd6f6bbcdd2"
            + "2e3fed3b9ff973e3843f4b2f9e4b5f7b7491be4bb3e7c135ffdd13b8d564cfbef7587c6df1c11ec1f5124c36d327bb312c4f"
            + "986937293361c7868afaf77d2b6aafabb5707d5affbc9ae150f8759f7c39de558fffa571daedca61b870e07dbec7f1e4955f"
            + "277d7db9aea42df2de8d6d95a7ee443c7f7e5ff729ffd48df57f7ef53cdaf3fa6cc6fe5443ebbaa98d1ea742b90ae6bcfaaa"
            + "d8ff77b6a3e9faef3c3649ef78c4ae79cf740dec887565cdbb5b722d2249b4ec7be3ead0f878b70400bf5e9d9b";

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
