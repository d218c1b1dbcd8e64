package org.myofuse.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.store.StoreException;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.api.store.Patient;

class MigrationsTest {

    @TempDir
    Path home;

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);

    @AfterEach
    void closeBus() {
        bus.close();
    }

    private H2SessionStore open() throws StoreException {
        return H2SessionStore.open(new Database(Database.fileUrl(home), "", ""), bus, clock, () -> "[]");
    }

    private static int count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void shouldCreateTheWholeSchemaInAnEmptyDatabase() throws Exception {
        try (H2SessionStore store = open(); Connection c = store.newConnection()) {
            assertEquals(Migrations.bundled().latest(), Migrations.currentVersion(c));
            for (String table : new String[] { "PATIENTS", "THERAPISTS", "PROGRAMS", "SESSIONS", "STREAMS", "CHUNKS",
                    "GAPS", "EVENTS", "ASSESSMENTS", "SUMMARIES" }) {
                assertEquals(1, count(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + table
                        + "'"), table);
            }
        }
        assertTrue(home.resolve("db").resolve("myofuse.mv.db").toFile().isFile(), "the file database is in <home>/db");
    }

    @Test
    void shouldReopenWithoutMigratingAgainAndKeepTheData() throws Exception {
        try (H2SessionStore store = open()) {
            store.addPatient(new Patient("P-001", Optional.empty(), Optional.empty(), true, Optional.empty()));
        }
        try (H2SessionStore store = open(); Connection c = store.newConnection()) {
            assertEquals(Migrations.bundled().latest(), count(c, "SELECT COUNT(*) FROM schema_version"),
                    "one row per migration, each applied once");
            assertEquals("P-001", store.patients().get(0).code());
        }
    }

    @Test
    void shouldRefuseADatabaseWithANewerSchemaNamingBothVersions() throws Exception {
        try (H2SessionStore store = open(); Connection c = store.newConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, script, applied_ms) VALUES (99, 'V099__future.sql', 0)");
        }
        var e = assertThrows(StoreException.class, this::open);
        assertTrue(e.getMessage().contains("schema version 99, newer than this Myofuse understands ("
                + Migrations.bundled().latest() + ")"), e.getMessage());
        assertTrue(e.getMessage().indexOf('\n') < 0, "one line");
    }

    @Test
    void shouldSplitScriptsIntoStatementsWithoutComments() {
        var statements = Migrations.statements("V001__initial.sql");
        assertTrue(statements.size() > 10);
        assertTrue(statements.stream().noneMatch(s -> s.contains("--") || s.endsWith(";")));
    }
}
