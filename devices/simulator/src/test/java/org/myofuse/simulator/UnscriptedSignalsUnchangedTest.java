package org.myofuse.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.simulator.core.FrameSignal;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.emg.SimEmgConfig;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.iastm.SimIastmConfig;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;
import org.myofuse.simulator.mat.SimMatConfig;
import org.myofuse.simulator.testing.Configs;

/**
 * Tests across the project rely on the unscripted simulators playing exactly the fixed scenario they
 * played before the scripted mode came: 40 s of every simulator, with the defaults and with settings
 * that reach every branch (bursts, supine withdrawal), hash to what the generators produced at commit
 * 59cf23f (SHA-256 of the samples' float bits, frame-major, in blocks of the driver's size).
 */
class UnscriptedSignalsUnchangedTest {

    private static final int SECONDS = 40;
    private static final String TOOL = "d56c460e565fb65c02820e880a9af7ece4920e7bf039c90d1f97ceedaa292499";
    private static final String AMPLIFIER = "c0f5066e495de99bfe650ec951e0fde265feef9c996e8dda1b64d9191e9ed783";
    private static final String STANDING_MAT = "ff4b7c768a25090465e9406e29260cd0506fbee06c51bb9828ddbade4f0129b5";
    private static final String SUPINE_MAT = "c5ae3f9447176b68189568d60d78ac2d2b9dd5b6217f9bf5341e0fe44cb0fa23";

    @Test
    void theToolPlaysTheScenarioItPlayedBefore() {
        assertEquals(TOOL,
                digest(new IastmSignal(IastmSettings.of(Configs.defaults(SimIastmConfig.class))), 10));
    }

    @Test
    void theAmplifierPlaysTheScenarioItPlayedBefore() {
        assertEquals(AMPLIFIER,
                digest(new EmgSignal(EmgSettings.of(Configs.with(SimEmgConfig.class,
                Map.of("voluntaryBurstsPerMin", 12.0, "scenarioSeed", 9L)))), 20));
    }

    @Test
    void theStandingMatPlaysTheScenarioItPlayedBefore() {
        assertEquals(STANDING_MAT,
                digest(new MatSignal(MatSettings.of(Configs.defaults(SimMatConfig.class))), 1));
    }

    @Test
    void theSupineMatPlaysTheScenarioItPlayedBefore() {
        assertEquals(SUPINE_MAT,
                digest(new MatSignal(MatSettings.of(Configs.with(SimMatConfig.class,
                Map.of("posture", Posture.SUPINE, "weightShiftIntervalS", 10.0)))), 1));
    }

    private static String digest(FrameSignal signal, int block) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        float[] frames = new float[block * signal.channels()];
        ByteBuffer bytes = ByteBuffer.allocate(frames.length * 4);
        long total = (long) (SECONDS * signal.sampleRateHz());
        for (long index = 0; index < total; index += block) {
            signal.fill(frames, index, block);
            bytes.clear();
            for (float v : frames) {
                bytes.putInt(Float.floatToRawIntBits(v));
            }
            sha.update(bytes.array());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
