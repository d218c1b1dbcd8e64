package org.myofuse.store.h2;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Opens connections to the store's database. The H2 driver is used directly rather than through
 * {@code DriverManager}, whose class-loader checks do not see drivers in other bundles.
 *
 * <p>For H2 URLs, {@code WRITE_DELAY=0} is added unless the URL sets it: with H2's default delay of
 * 500 ms a {@code kill -9} lost tens of thousands of committed rows; with 0 none were lost. So is
 * {@code PAGE_SIZE=4096} (the size at which MVStore splits a B-tree page; H2 uses 16 KB, and the setting
 * is not stored in the file): every commit of the recorder rewrites the leaf pages it adds to (the
 * chunk table's last leaf and, per stream, a leaf of each index), and with 4 KB pages a real-time
 * session wrote about 40% less, so its file stayed at 0.7x instead of 1.1x the raw float32 size during
 * its first minute (see docs/performance.md). And {@code CACHE_SIZE=4096} (4 MB; H2 stores it in the
 * file): the page cache holds whole leaf pages, for the chunk table each with a payload of up to ~60 KB,
 * which survive young collections and are promoted; exporting an hour with H2's 16 MB cache grew the
 * heap to about 1 GB, and the page faults of that growth made the export take 8 to 10 s from run to
 * run, with 4 MB it stayed at 0.43 GB and 8.3 to 8.7 s. What the store reads is either small (sessions,
 * events) or read once in order (chunks), which a large cache does not speed up.
 */
public final class Database {

    private final String url;
    private final Properties credentials = new Properties();

    /**
     * @param url      a JDBC URL ({@code jdbc:h2:file:...}, {@code jdbc:h2:tcp://host/...})
     * @param user     user name, "" for H2's default
     * @param password password, "" for none
     */
    public Database(String url, String user, String password) {
        this.url = durable(url);
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
    }

    /**
     * The default database: a file database in {@code <home>/db/myofuse}. AUTO_SERVER lets a second
     * {@code myofuse} process (e.g. {@code patients list} while a run records) share the open file.
     */
    public static String fileUrl(Path home) {
        return "jdbc:h2:file:" + folder(home).resolve("myofuse").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    /** The folder of the file database in a data folder. */
    public static Path folder(Path home) {
        return home.resolve("db");
    }

    static String durable(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String durable = withDefault(url, "WRITE_DELAY", "0");
        return withDefault(withDefault(durable, "PAGE_SIZE", "4096"), "CACHE_SIZE", "4096");
    }

    private static String withDefault(String url, String setting, String value) {
        boolean set = url.toUpperCase(Locale.ROOT).contains(";" + setting + "=");
        return set ? url : url + ";" + setting + "=" + value;
    }

    /** The URL connections are opened with. */
    public String url() {
        return url;
    }

    /** Where the data is, for messages: the URL without its settings. */
    public String where() {
        int semicolon = url.indexOf(';');
        return semicolon < 0 ? url : url.substring(0, semicolon);
    }

    /** A new connection in auto-commit mode. */
    public Connection connect() throws SQLException {
        Connection connection = url.startsWith("jdbc:h2:") ? new org.h2.Driver().connect(url, credentials)
                : java.sql.DriverManager.getConnection(url, credentials);
        if (connection == null) {
            throw new SQLException("no JDBC driver accepts " + where());
        }
        return connection;
    }
}
