package org.myofuse.store.h2;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.util.Optional;

import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Keeps an embedded H2 file close to the size of the data it holds while a session is recorded.
 *
 * <p>Why: every chunk is its own transaction and, with {@code WRITE_DELAY=0}, its own MVStore chunk
 * write, which rewrites the B-tree pages it touches (the right-most 16 KB leaf of {@code chunks} with the
 * payloads already in it, index leaves, the chunk metadata). The old page versions are garbage, but
 * most MVStore chunks also keep one live page and so never become free. H2 rewrites such half-empty
 * chunks in its background writer only, and {@code WRITE_DELAY=0} switches that thread off: measured,
 * the file grew at about 1.5x the raw float32 size in real time. So the recorder does the background
 * writer's compaction itself: small steps while recording, a bounded full compaction when the session
 * ends.
 *
 * <p>Only for a database this process opened in embedded mode; through a server (or another process's
 * AUTO_SERVER) the owner's H2 compacts when it closes. Reaches the MVStore through H2 classes whose
 * packages the H2 bundle does not export, hence reflection; if that fails nothing is compacted and
 * recording is unaffected.
 */
final class FileCompaction {

    /** Live bytes moved out of half-empty MVStore chunks per step: a few ms of I/O. */
    static final int STEP_BYTES = 4 * 1024 * 1024;
    /** Live bytes rewritten, then moved, per round of the compaction at session end. */
    static final int ROUND_BYTES = 32 * 1024 * 1024;
    /** Rewrites chunks less than this percent live (H2's own auto-compaction uses 90 when idle). */
    static final int TARGET_FILL_PERCENT = 90;

    private static final System.Logger LOG = System.getLogger(FileCompaction.class.getName());

    private final MVStore store;

    private FileCompaction(MVStore store) {
        this.store = store;
    }

    /** The compaction of the embedded H2 database behind {@code connection}, if it is one. */
    static Optional<FileCompaction> of(Connection connection) {
        try {
            if (!connection.isWrapperFor(JdbcConnection.class)) {
                return Optional.empty();
            }
            // By name: the session's type is in org.h2.engine, which the H2 bundle does not export.
            Object session = invoke(connection.unwrap(JdbcConnection.class), "getSession");
            Object database = invoke(session, "getDatabase"); // absent on a remote session: no compaction
            Object store = invoke(database, "getStore");
            MVStore mvStore = (MVStore) invoke(store, "getMvStore");
            return mvStore.getFileStore() == null ? Optional.empty() : Optional.of(new FileCompaction(mvStore));
        } catch (ReflectiveOperationException | java.sql.SQLException | RuntimeException e) { // e.g. ClassCastException
            return Optional.empty();
        }
    }

    private static Object invoke(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }

    /**
     * One step while recording: rewrites up to {@link #STEP_BYTES} of live pages out of half-empty
     * chunks older than H2's retention time; the emptied chunks are reused from the next commit on.
     */
    void step() {
        try {
            if (store.compact(TARGET_FILL_PERCENT, STEP_BYTES)) {
                store.commit();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "compacting the database file: " + e.getMessage());
        }
    }

    /**
     * When a session ends: compacts and shrinks the file for about {@code maxMillis} at most. Like H2's
     * close ({@code MAX_COMPACT_TIME}), this sets the retention time to 0 so that emptied chunks can be
     * reused at once (the moves sync the file before overwriting), and restores it afterwards so that
     * later commits keep H2's protection against power loss. H2's own {@code compactFile} stops as soon
     * as the chunks are full enough and leaves the holes, often growing the file (measured); so the
     * rewrite and the move into the holes are repeated here until the file has no holes left.
     */
    void compactFile(int maxMillis) {
        int retention = store.getRetentionTime();
        long deadline = System.nanoTime() + maxMillis * 1_000_000L;
        try {
            store.setRetentionTime(0);
            while (System.nanoTime() - deadline < 0 && round()) {
                // a round writes at most 2 x ROUND_BYTES: the deadline is overrun by one round at most
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "compacting the database file: " + e.getMessage());
        } finally {
            store.setRetentionTime(retention);
        }
    }

    /**
     * One rewrite-and-move round; true while there is work left: chunks were rewritten, or the file still
     * has holes (a move can leave the file larger for a round before it shrinks, so size is no guide).
     */
    private boolean round() {
        FileStore<?> file = store.getFileStore();
        boolean rewritten = store.compact(TARGET_FILL_PERCENT, ROUND_BYTES);
        store.commit();
        if (file instanceof RandomAccessStore randomAccess) {
            randomAccess.compactMoveChunks(100, ROUND_BYTES, store);
        }
        return rewritten || file.getFillRate() < TARGET_FILL_PERCENT;
    }

}
