package org.myofuse.reports.stored;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.StoredEvent;

/**
 * The fixture {@code protocol/lumbar-session-journal.tsv}: a lumbar-session run's journal in the engine's
 * kinds and details (a step repeated, paused, one skipped while it waited and one while it ran, values from a
 * reference, the clinic default, an override file and a program), with live and therapist entries between.
 */
final class JournalFixture {

    private JournalFixture() {
    }

    /** The entries as the store gives them back, at {@code offset + seconds}. */
    static List<StoredEvent> events(double offset) {
        return lines().stream().map(f -> new StoredEvent(offset + Double.parseDouble(f[0]), f[1], f[2],
                Double.parseDouble(f[3]), f[4], f[5], f[6])).toList();
    }

    /** The entries to journal into a recording session, {@code scale} seconds of session per fixture second from {@code originNanos}. */
    static List<JournalEntry> entries(long originNanos, double scale) {
        return lines().stream().map(f -> new JournalEntry(originNanos + Math.round(Double.parseDouble(f[0]) * scale * 1e9),
                f[1], f[2], Double.parseDouble(f[3]), f[4], f[5], f[6])).toList();
    }

    private static List<String[]> lines() {
        try (InputStream in = JournalFixture.class.getResourceAsStream("/protocol/lumbar-session-journal.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
