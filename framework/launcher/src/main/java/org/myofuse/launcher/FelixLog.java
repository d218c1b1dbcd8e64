package org.myofuse.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * The framework's own log, one line per entry on stderr. Entries logged while booting are held back:
 * if the boot fails, the launcher's own one-line message says what failed and these are dropped; if
 * it succeeds they are printed.
 */
final class FelixLog extends Logger {

    private final PrintStream err;
    private List<String> held = new ArrayList<>();

    FelixLog(PrintStream err) {
        this.err = err;
    }

    @Override
    protected void doLog(Bundle bundle, @SuppressWarnings("rawtypes") ServiceReference sr, int level, String msg,
            Throwable throwable) {
        String line = "myofuse: " + levelName(level) + (bundle == null ? "" : bundle.getSymbolicName() + ": ")
                + (throwable == null ? msg : msg + ": " + OneLine.of(throwable));
        synchronized (this) {
            if (held != null) {
                held.add(line);
                return;
            }
        }
        err.println(line);
    }

    /** Prints what was held back and every later entry directly. */
    synchronized void release() {
        if (held != null) {
            held.forEach(err::println);
            held = null;
        }
    }

    /** Drops what was held back (the boot failed and was reported) and prints later entries directly. */
    synchronized void discard() {
        held = null;
    }

    private static String levelName(int level) {
        return switch (level) {
            case LOG_ERROR -> "error: ";
            case LOG_WARNING -> "warning: ";
            default -> "";
        };
    }
}
