package org.myofuse.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.store.Assessment;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.ProgramRegistry;
import org.myofuse.api.store.SessionReview;
import org.myofuse.api.store.SessionTransfer;
import org.myofuse.api.store.StoredEvent;
import org.myofuse.store.codec.CorruptChunkException;

/**
 * {@link SessionReview} on the store's database. Every call works on a connection of its own, so a
 * long replay holds up neither the recorder nor other commands; writes are one transaction each, so
 * a failure leaves what was stored before untouched.
 */
public final class H2SessionReview implements SessionReview, ProgramRegistry {

    private final Database database;

    public H2SessionReview(Database database) {
        this.database = database;
    }

    @Override
    public void replay(String sessionId, StreamConsumer consumer, SessionTransfer.Progress progress)
            throws StoreException {
        try (Connection c = database.connect()) {
            long session = existingSession(c, sessionId);
            new RecordingReplay(c).replay(session, consumer, progress);
        } catch (SQLException e) {
            throw failure("cannot replay session " + sessionId, e);
        } catch (CorruptChunkException | IllegalArgumentException e) {
            throw new StoreException("cannot replay session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void saveAnalysis(String sessionId, String summaryJson, List<TherapyEvent> events) throws StoreException {
        inTransaction("cannot store the analysis of session " + sessionId, c -> {
            new SessionAnalyses(c).save(existingSession(c, sessionId), summaryJson, events);
            return null;
        });
    }

    @Override
    public Optional<String> summaryJson(String sessionId) throws StoreException {
        return read("cannot read the summary of session " + sessionId,
                c -> new SessionAnalyses(c).summary(existingSession(c, sessionId)));
    }

    @Override
    public List<StoredEvent> events(String sessionId) throws StoreException {
        return read("cannot read the events of session " + sessionId,
                c -> new SessionAnalyses(c).events(existingSession(c, sessionId)));
    }

    @Override
    public Assessment assess(String sessionId, OptionalInt painBefore, OptionalInt painAfter) throws StoreException {
        checkScore("pain before", painBefore);
        checkScore("pain after", painAfter);
        return inTransaction("cannot record the assessment of session " + sessionId,
                c -> new SessionAnalyses(c).assess(existingSession(c, sessionId), painBefore, painAfter));
    }

    @Override
    public Optional<Assessment> assessment(String sessionId) throws StoreException {
        return read("cannot read the assessment of session " + sessionId,
                c -> new SessionAnalyses(c).assessment(existingSession(c, sessionId)));
    }

    @Override
    public List<String> deviceLines(String sessionId) throws StoreException {
        return read("cannot read the devices of session " + sessionId,
                c -> new SessionAnalyses(c).deviceLines(existingSession(c, sessionId)));
    }

    @Override
    public Optional<Program> program(String patientCode) throws StoreException {
        return read("cannot read the program of patient " + patientCode,
                c -> new SessionAnalyses(c).program(existingPatient(c, patientCode)));
    }

    @Override
    public Program setProgram(String patientCode, Program program) throws StoreException {
        return inTransaction("cannot store the program of patient " + patientCode, c -> {
            new SessionAnalyses(c).setProgram(existingPatient(c, patientCode), program);
            return program;
        });
    }

    private static void checkScore(String what, OptionalInt score) throws StoreException {
        if (score.isPresent() && (score.getAsInt() < 0 || score.getAsInt() > 10)) {
            throw new StoreException(what + " must be a pain score from 0 to 10, was " + score.getAsInt());
        }
    }

    private static long existingSession(Connection c, String sessionId) throws SQLException, StoreException {
        long key;
        try {
            key = Long.parseLong(sessionId);
        } catch (NumberFormatException e) {
            throw new StoreException("unknown session " + sessionId + " (session ids are numbers)");
        }
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM sessions WHERE id = ?")) {
            p.setLong(1, key);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("unknown session " + sessionId + " (see myofuse sessions)");
                }
            }
        }
        return key;
    }

    private static long existingPatient(Connection c, String code) throws SQLException, StoreException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM patients WHERE code = ?")) {
            p.setString(1, code);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("unknown patient " + code + " (see myofuse patients list)");
                }
                return rs.getLong(1);
            }
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(Connection c) throws SQLException, StoreException;
    }

    private <T> T read(String doing, Work<T> work) throws StoreException {
        try (Connection c = database.connect()) {
            return work.on(c);
        } catch (SQLException e) {
            throw failure(doing, e);
        }
    }

    private <T> T inTransaction(String doing, Work<T> work) throws StoreException {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.on(c);
                c.commit();
                return result;
            } catch (SQLException | StoreException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(doing, e);
        }
    }

    private StoreException failure(String doing, SQLException e) {
        return new StoreException(doing + " in database " + database.where() + ": " + H2SessionStore.firstLine(e), e);
    }
}
