package org.myofuse.store.h2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.store.StoreException;

/**
 * Versioned schema migrations. The scripts live in {@code migrations/} next to this class, listed in
 * order in {@code migrations/index.txt}; {@code schema_version} holds one row per script applied.
 * Each script runs in one transaction with its version row (H2 commits DDL statements as it goes, so
 * the scripts are written to be re-runnable only as a whole on an empty schema).
 */
public final class Migrations {

    /** One script: the schema version it produces and its resource name. */
    record Migration(int version, String resource) {
    }

    private final List<Migration> migrations;

    Migrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** The migrations bundled with this code. */
    public static Migrations bundled() {
        List<Migration> list = new ArrayList<>();
        try (InputStream in = resource("index.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                list.add(new Migration(Integer.parseInt(parts[0]), parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled schema migrations", e);
        }
        return new Migrations(list);
    }

    /** The schema version this code produces and understands. */
    public int latest() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /**
     * Brings the schema up to {@link #latest()}.
     *
     * @return the version the database had before
     * @throws StoreException if the database is newer than this code, or a script fails
     */
    public int apply(Connection connection, String where) throws StoreException {
        try {
            createVersionTable(connection);
            int current = currentVersion(connection);
            if (current > latest()) {
                throw new StoreException("database " + where + " has schema version " + current
                        + ", newer than this Myofuse understands (" + latest() + "): use a newer Myofuse");
            }
            for (Migration migration : migrations) {
                if (migration.version() > current) {
                    run(connection, migration, where);
                }
            }
            return current;
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version of database " + where + ": " + e.getMessage(), e);
        }
    }

    private static void createVersionTable(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "script VARCHAR(200) NOT NULL, applied_ms BIGINT NOT NULL)");
        }
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void run(Connection connection, Migration migration, String where) throws StoreException {
        boolean autoCommit = true;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String sql : statements(migration.resource())) {
                    s.execute(sql);
                }
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "INSERT INTO schema_version (version, script, applied_ms) VALUES (?, ?, ?)")) {
                p.setInt(1, migration.version());
                p.setString(2, migration.resource());
                p.setLong(3, System.currentTimeMillis());
                p.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            rollback(connection);
            throw new StoreException("cannot migrate database " + where + " to schema version " + migration.version()
                    + " (" + migration.resource() + "): " + e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                // The connection is broken; the caller's next statement says so.
            }
        }
    }

    /** The statements of a script: split at semicolons ending a line; "--" comment lines dropped. */
    static List<String> statements(String resource) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try (InputStream in = resource(resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    String sql = current.toString().strip();
                    statements.add(sql.substring(0, sql.length() - 1));
                    current.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + resource, e);
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration " + resource + " ends without a semicolon");
        }
        return statements;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Migrations.class.getResourceAsStream("migrations/" + name);
        if (in == null) {
            throw new IOException("missing resource migrations/" + name);
        }
        return in;
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // Nothing more to undo on a broken connection.
        }
    }
}
