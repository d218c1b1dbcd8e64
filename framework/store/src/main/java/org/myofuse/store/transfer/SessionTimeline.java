package org.myofuse.store.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.myofuse.api.recording.Annotation;
import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.store.StoreException;

/**
 * Puts the recordings of several files on one session timeline: dates files that carry only a time of
 * day, places every stream by its start time, joins the streams of one device that follow each other
 * (with a gap between them) and refuses those that overlap, and moves every annotation onto the
 * session's start. Nothing is read from the frames: joined streams read their parts in turn.
 */
public final class SessionTimeline {

    /** Cause of the gap between two files' streams of one device: the device was not recorded in between. */
    public static final String BETWEEN_FILES = "BETWEEN_FILES";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final ZoneId zone;

    /** {@code zone}: where the readers put times of day, and where messages show times. */
    public SessionTimeline(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The session the files make.
     *
     * @param startDate the day the recording was made, for files that carry only a time of day
     * @throws StoreException one line naming the file and what cannot be put on one timeline
     */
    public Recording assemble(List<ImportedFile> files, Optional<LocalDate> startDate) throws StoreException {
        if (files.isEmpty()) {
            throw new StoreException("cannot import: no file given");
        }
        List<ImportedFile> dated = date(files, startDate);
        boolean dateKnown = dated.stream().allMatch(f -> f.recording().startDateKnown());
        long start = dated.stream().mapToLong(f -> f.recording().startEpochMillis()).min().orElseThrow();
        List<RecordedStream> streams = new ArrayList<>();
        for (List<Part> device : byDevice(dated).values()) {
            streams.add(join(device));
        }
        // in the order they started, whatever the order the files were named in (ties: by device id)
        streams.sort(Comparator.comparingLong(RecordedStream::startEpochMillis).thenComparing(RecordedStream::deviceId));
        Recording first = dated.get(0).recording();
        return new Recording(first.sessionId(), "", "", start, streams, annotations(dated, start), dateKnown);
    }

    /**
     * Every file's annotations on the session's timeline, once: an export writes the session's
     * annotations into the file of every stream, so the same note (same text and duration, onsets
     * within {@link #SAME_ONSET_S}, the files' rounding) comes back from each and is kept once. A file
     * that repeats an annotation itself keeps its repetitions.
     */
    private static List<Annotation> annotations(List<ImportedFile> files, long start) {
        List<Annotation> merged = new ArrayList<>();
        for (ImportedFile f : files) {
            double offset = (f.recording().startEpochMillis() - start) / 1000.0;
            List<Annotation> earlier = new ArrayList<>(merged);
            earlier.sort(BY_ONSET);
            for (Annotation a : f.recording().annotations()) {
                Annotation moved = new Annotation(a.onsetSeconds() + offset, a.durationSeconds(), a.text());
                if (!containsSame(earlier, moved)) {
                    merged.add(moved);
                }
            }
        }
        merged.sort(BY_ONSET);
        return merged;
    }

    private static final Comparator<Annotation> BY_ONSET = Comparator.comparingDouble(Annotation::onsetSeconds);

    /** Whether {@code sorted} (by onset) holds the same note: a binary search, then the few within reach. */
    private static boolean containsSame(List<Annotation> sorted, Annotation a) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).onsetSeconds() < a.onsetSeconds() - SAME_ONSET_S) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sorted.size() && sorted.get(i).onsetSeconds() <= a.onsetSeconds() + SAME_ONSET_S; i++) {
            if (same(sorted.get(i), a)) {
                return true;
            }
        }
        return false;
    }

    /** Two files' onsets of one note differ by their rounding: 1 µs (CSV, EDF+ TALs) and the start's ms. */
    static final double SAME_ONSET_S = 2e-3;

    private static boolean same(Annotation a, Annotation b) {
        return a.text().equals(b.text()) && Math.abs(a.durationSeconds() - b.durationSeconds()) < 1e-5
                && Math.abs(a.onsetSeconds() - b.onsetSeconds()) <= SAME_ONSET_S;
    }

    /** Files with a time of day alone moved to {@code startDate}; refused where that cannot be done. */
    private List<ImportedFile> date(List<ImportedFile> files, Optional<LocalDate> startDate) throws StoreException {
        ImportedFile undated = files.stream().filter(f -> !f.recording().startDateKnown()).findFirst().orElse(null);
        ImportedFile dated = files.stream().filter(f -> f.recording().startDateKnown()).findFirst().orElse(null);
        if (startDate.isPresent() && undated == null) {
            throw new StoreException("cannot import " + dated.file() + ": a start date was given, but the file carries "
                    + "its own (it starts " + stamp(dated.recording().startEpochMillis()) + "); a start date is only "
                    + "for files that carry a time of day alone");
        }
        if (startDate.isEmpty()) {
            if (undated != null && dated != null) {
                throw new StoreException("cannot import " + undated.file() + " with " + dated.file() + ": the first "
                        + "carries only a time of day (" + clock(undated.recording().startEpochMillis())
                        + "), the second a date; give the day of the recording (--start YYYY-MM-DD)");
            }
            return files;
        }
        List<ImportedFile> result = new ArrayList<>();
        for (ImportedFile f : files) {
            result.add(f.recording().startDateKnown() ? f
                    : new ImportedFile(f.file(), onDate(f.recording(), startDate.get())));
        }
        return result;
    }

    /** The recording moved from {@link Recording#UNKNOWN_DATE} to {@code date}, keeping its time of day. */
    Recording onDate(Recording r, LocalDate date) {
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(r.startEpochMillis()), zone);
        long shift = date.atTime(local.toLocalTime()).plusDays(local.toLocalDate().toEpochDay()
                - Recording.UNKNOWN_DATE.toEpochDay()).atZone(zone).toInstant().toEpochMilli() - r.startEpochMillis();
        List<RecordedStream> streams = new ArrayList<>();
        for (RecordedStream s : r.streams()) {
            streams.add(new RecordedStream(s.deviceId(), s.device(), s.startEpochMillis() + shift, s.sampleRateHz(),
                    s.frameCount(), s.gaps(), s.frames()));
        }
        return new Recording(r.sessionId(), r.patientCode(), r.therapistCode(), r.startEpochMillis() + shift, streams,
                r.annotations(), true);
    }

    /** The streams of every file grouped by device id, in order of first appearance. */
    private static Map<String, List<Part>> byDevice(List<ImportedFile> files) {
        Map<String, List<Part>> devices = new LinkedHashMap<>();
        for (ImportedFile f : files) {
            for (RecordedStream s : f.recording().streams()) {
                devices.computeIfAbsent(s.deviceId(), id -> new ArrayList<>()).add(new Part(f, s));
            }
        }
        return devices;
    }

    /** One stream of one file. */
    private record Part(ImportedFile file, RecordedStream stream) {
        double endMillis() {
            return stream.startEpochMillis() + stream.spanFrames() * 1000.0 / stream.sampleRateHz();
        }
    }

    /** One device's streams as one, in time order: each later one after a gap, none overlapping. */
    private RecordedStream join(List<Part> parts) throws StoreException {
        if (parts.size() == 1) {
            return parts.get(0).stream();
        }
        parts.sort(Comparator.comparingLong(p -> p.stream().startEpochMillis()));
        RecordedStream first = parts.get(0).stream();
        List<Gap> gaps = new ArrayList<>(first.gaps());
        List<JoinedFrames.Piece> pieces = new ArrayList<>();
        pieces.add(new JoinedFrames.Piece(first.frames(), first.frameCount()));
        long span = first.spanFrames();
        long frames = first.frameCount();
        for (int i = 1; i < parts.size(); i++) {
            Part before = parts.get(i - 1);
            Part next = parts.get(i);
            RecordedStream s = next.stream();
            checkSameDevice(before, next);
            long index = Math.round((s.startEpochMillis() - first.startEpochMillis()) * first.sampleRateHz() / 1000.0);
            if (index < span) {
                throw new StoreException("cannot import " + next.file().file() + ": its stream " + s.deviceId()
                        + " (" + stamp(s.startEpochMillis()) + " to " + stamp(Math.round(next.endMillis()))
                        + ") overlaps the stream of the same device in " + before.file().file() + " ("
                        + stamp(before.stream().startEpochMillis()) + " to " + stamp(Math.round(before.endMillis())) + ")");
            }
            if (index > span) {
                gaps.add(new Gap(span, index - span, BETWEEN_FILES));
            }
            for (Gap g : s.gaps()) {
                gaps.add(new Gap(index + g.firstIndex(), g.count(), g.cause()));
            }
            pieces.add(new JoinedFrames.Piece(s.frames(), s.frameCount()));
            span = index + s.spanFrames();
            frames += s.frameCount();
        }
        return new RecordedStream(first.deviceId(), first.device(), first.startEpochMillis(), first.sampleRateHz(),
                frames, gaps, new JoinedFrames(first.deviceId(), first.channels(), pieces));
    }

    private static void checkSameDevice(Part before, Part next) throws StoreException {
        RecordedStream a = before.stream();
        RecordedStream b = next.stream();
        if (a.sampleRateHz() != b.sampleRateHz()) {
            throw new StoreException("cannot import " + next.file().file() + ": its stream " + b.deviceId() + " runs at "
                    + b.sampleRateHz() + " Hz, the stream of the same device in " + before.file().file() + " at "
                    + a.sampleRateHz() + " Hz");
        }
        List<String> layoutA = layout(a);
        List<String> layoutB = layout(b);
        if (!layoutA.equals(layoutB)) {
            int at = 0;
            while (at < Math.min(layoutA.size(), layoutB.size()) && layoutA.get(at).equals(layoutB.get(at))) {
                at++;
            }
            throw new StoreException("cannot import " + next.file().file() + ": its stream " + b.deviceId()
                    + " has other channels than the stream of the same device in " + before.file().file() + " ("
                    + (layoutA.size() != layoutB.size() ? layoutB.size() + " against " + layoutA.size()
                            : "channel " + (at + 1) + " is " + layoutB.get(at) + ", not " + layoutA.get(at)) + ")");
        }
    }

    /** Name and unit of every channel. */
    private static List<String> layout(RecordedStream s) {
        return s.device().channels().stream().map(c -> c.name() + " [" + c.unit() + "]").toList();
    }

    private String stamp(long millis) {
        return STAMP.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    private String clock(long millis) {
        return CLOCK.format(Instant.ofEpochMilli(millis).atZone(zone));
    }
}
