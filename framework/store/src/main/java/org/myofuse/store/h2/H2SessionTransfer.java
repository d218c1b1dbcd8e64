package org.myofuse.store.h2;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.myofuse.api.recording.FormatException;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.recording.RecordingReader;
import org.myofuse.api.recording.RecordingWriter;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionTransfer;
import org.myofuse.api.store.StoreException;
import org.myofuse.store.transfer.ImportedFile;
import org.myofuse.store.transfer.RecordingFormats;
import org.myofuse.store.transfer.SessionTimeline;

/**
 * Exports sessions of an {@link H2SessionStore} through the installed {@link RecordingWriter}s and
 * imports files through the {@link RecordingReader}s, both found by format name in
 * {@link RecordingFormats}. Local dates and times are those of the system's default zone.
 *
 * <p>Thread-safe. Each call reads or writes on a connection of its own, so a long export holds neither
 * the store's lock nor the recorder up; an import is stored in one transaction, all or nothing.
 */
public final class H2SessionTransfer implements SessionTransfer {

    private final H2SessionStore store;
    private final RecordingFormats formats;

    public H2SessionTransfer(H2SessionStore store, RecordingFormats formats) {
        this.store = store;
        this.formats = formats;
    }

    @Override
    public List<Path> exportSession(String sessionId, String format, Path target, Progress progress)
            throws StoreException {
        RecordingWriter writer = formats.writer(format);
        SessionInfo info = store.session(sessionId).orElseThrow(() -> new StoreException("unknown session " + sessionId));
        try (Connection c = store.newConnection()) {
            Recording recording = new StoredRecording(c).read(Long.parseLong(info.id()));
            return writer.write(recording, target, ZoneId.systemDefault(), progress::progress);
        } catch (SQLException e) {
            throw store.failure("cannot export session " + sessionId, e);
        } catch (IOException | RuntimeException e) { // a writer is a plug-in: its failure is this export's, in one line
            throw new StoreException("cannot export session " + sessionId + ": " + H2SessionStore.firstLine(e), e);
        }
    }

    /**
     * Reads every file (a reader may check the whole file now or, for large files, while the frames are
     * stored), puts them on one timeline, then stores the session in one transaction.
     */
    @Override
    public SessionInfo importFiles(List<Path> files, String format, String patientCode, Optional<LocalDate> startDate,
            Progress progress) throws StoreException {
        if (files.isEmpty()) {
            throw new StoreException("cannot import: no file given");
        }
        RecordingReader reader = formats.reader(format);
        Long patient = store.patientKeyForImport(patientCode);
        ZoneId zone = ZoneId.systemDefault();
        List<ImportedFile> read = new ArrayList<>();
        for (Path file : files) {
            read.add(new ImportedFile(file, read(reader, file, zone)));
        }
        Recording session = new SessionTimeline(zone).assemble(read, startDate);
        String what = files.size() == 1 ? files.get(0).toString()
                : files.stream().map(Path::toString).collect(Collectors.joining(", "));
        return store.storeRecording(session, patient, "import:" + reader.format(), what, progress);
    }

    /** One file's recording; any failure one line naming the file. */
    private static Recording read(RecordingReader reader, Path file, ZoneId zone) throws StoreException {
        try {
            return reader.read(file, zone);
        } catch (FormatException e) {
            throw new StoreException("cannot import " + H2SessionStore.firstLine(e), e);
        } catch (IOException e) {
            String line = H2SessionStore.firstLine(e);
            throw new StoreException(line.contains(file.toString()) ? line : "cannot import " + file + ": " + line, e);
        } catch (RuntimeException e) { // a reader is a plug-in: its failure is this import's, in one line
            throw new StoreException("cannot import " + file + ": " + H2SessionStore.firstLine(e), e);
        }
    }
}
