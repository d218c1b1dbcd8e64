package org.myofuse.console.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

import org.myofuse.api.protocol.Tone;

/**
 * Sounds a cue's tone (javax.sound) on its own thread, so the UI never waits for the audio device: a
 * soft chime, a caution of two beeps, an alarm of three quick high beeps. The tones are synthesised
 * once. A machine without audio output (a server, CI) is told once in the log; cues are then shown
 * without sound.
 */
final class ToneSounder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ToneSounder.class.getName());
    private static final float RATE = 22_050;

    private final Map<Tone, byte[]> sounds = new EnumMap<>(Tone.class);
    private final ArrayBlockingQueue<Tone> queue = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    private volatile boolean closed;

    ToneSounder() {
        sounds.put(Tone.CHIME, beeps(660, 0.18, 1, 0, 0.25));
        sounds.put(Tone.CAUTION, beeps(880, 0.15, 2, 0.1, 0.4));
        sounds.put(Tone.ALARM, beeps(1320, 0.1, 3, 0.06, 0.6));
        thread = new Thread(this::play, "myofuse-console-sound");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for a tone; returns at once (a tone asked for while four wait is skipped). */
    void sound(Tone tone) {
        if (tone != Tone.NONE) {
            queue.offer(tone);
        }
    }

    private void play() {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(new AudioFormat(RATE, 16, 1, true, false))) {
            line.open();
            line.start();
            while (!closed) {
                Tone t = queue.poll(200, TimeUnit.MILLISECONDS);
                if (t != null) {
                    byte[] pcm = sounds.get(t);
                    line.write(pcm, 0, pcm.length);
                }
            }
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            LOG.info("console: no audio output (" + e.getMessage() + "): cues are shown without sound");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code count} beeps of {@code hz}, each {@code seconds} long with {@code gap} s between, 16-bit PCM. */
    private static byte[] beeps(double hz, double seconds, int count, double gap, double volume) {
        int beep = (int) (seconds * RATE);
        int pause = (int) (gap * RATE);
        byte[] pcm = new byte[2 * (count * beep + (count - 1) * pause)];
        int i = 0;
        for (int b = 0; b < count; b++) {
            for (int s = 0; s < beep; s++) {
                double fade = Math.min(1, Math.min(s, beep - s) / (0.01 * RATE)); // no clicks
                short v = (short) (volume * fade * Short.MAX_VALUE * Math.sin(2 * Math.PI * hz * s / RATE));
                pcm[i++] = (byte) v;
                pcm[i++] = (byte) (v >> 8);
            }
            i += b < count - 1 ? 2 * pause : 0;
        }
        return pcm;
    }

    @Override
    public void close() {
        closed = true;
    }
}
