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
 * 500 ms a {@code kill -9} lost tens of thousands of committed rows; with 0 none were lost.
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
        return "jdbc:h2:file:" + home.resolve("db").resolve("myofuse").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    static String durable(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url;
        }
        return url + ";WRITE_DELAY=0";
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
