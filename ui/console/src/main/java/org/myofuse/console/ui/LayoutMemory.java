package org.myofuse.console.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.logging.Logger;

import org.eclipse.swt.graphics.Rectangle;

/**
 * The console's layout as the user of this machine left it - window bounds, maximised, the page shown
 * and the split between the views - kept in the data folder, one file per user name:
 * {@code <data folder>/console/<user>.layout} (a Java properties file). A file that cannot be read
 * means the default layout; one that cannot be written is logged and the console goes on.
 */
public final class LayoutMemory {

    private static final Logger LOG = Logger.getLogger(LayoutMemory.class.getName());

    private final Path file;
    private final Properties values = new Properties();

    /** The layout of {@code user} under the data folder {@code home}. */
    public LayoutMemory(Path home, String user) {
        this.file = home.resolve("console").resolve(safe(user) + ".layout");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warning("console: cannot read the layout " + file + " (" + e.getMessage() + "); using the default");
                values.clear();
            }
        }
    }

    private static String safe(String user) {
        String s = user.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() ? "user" : s;
    }

    public Path file() {
        return file;
    }

    /** The remembered window bounds, or null. */
    Rectangle bounds() {
        int[] v = ints("bounds", 4);
        return v == null || v[2] < 200 || v[3] < 150 ? null : new Rectangle(v[0], v[1], v[2], v[3]);
    }

    boolean maximized() {
        return Boolean.parseBoolean(values.getProperty("maximized", "false"));
    }

    int page() {
        int[] v = ints("page", 1);
        return v == null ? 0 : v[0];
    }

    /** Remembered sash weights of {@code key}, or {@code defaults} when none (or a different count) was kept. */
    int[] weights(String key, int[] defaults) {
        int[] v = ints("weights." + key, defaults.length);
        if (v == null) {
            return defaults;
        }
        for (int w : v) {
            if (w <= 0) {
                return defaults;
            }
        }
        return v;
    }

    void remember(Rectangle bounds, boolean maximized, int page) {
        values.setProperty("bounds", bounds.x + "," + bounds.y + "," + bounds.width + "," + bounds.height);
        values.setProperty("maximized", Boolean.toString(maximized));
        values.setProperty("page", Integer.toString(page));
    }

    void rememberWeights(String key, int[] weights) {
        StringBuilder sb = new StringBuilder();
        for (int w : weights) {
            sb.append(sb.length() == 0 ? "" : ",").append(w);
        }
        values.setProperty("weights." + key, sb.toString());
    }

    /** Writes the layout (temporary file, then moved into place). */
    void save() {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                values.store(out, "Myofuse console layout");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warning("console: cannot save the layout to " + file + ": " + e.getMessage());
        }
    }

    private int[] ints(String key, int n) {
        String v = values.getProperty(key);
        if (v == null) {
            return null;
        }
        String[] parts = v.split(",");
        if (parts.length != n) {
            return null;
        }
        int[] out = new int[n];
        try {
            for (int i = 0; i < n; i++) {
                out[i] = Integer.parseInt(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }
}
