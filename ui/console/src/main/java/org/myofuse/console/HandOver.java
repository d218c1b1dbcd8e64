package org.myofuse.console;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Runs work on an executor of the console's and hands its result, or its failure as one line, back
 * to the UI thread - only while the display is there (a window closed meanwhile gets nothing).
 */
final class HandOver {

    private static final Logger LOG = Logger.getLogger(HandOver.class.getName());

    private final Display display;

    HandOver(Display display) {
        this.display = display;
    }

    /** Runs {@code work} on {@code executor}; its result goes to {@code answer}, a failure's first line to {@code refused}. */
    <T> void off(ExecutorService executor, Callable<T> work, Consumer<T> answer, Consumer<String> refused) {
        try {
            executor.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception | LinkageError e) {
                    LOG.log(Level.FINE, "console: a control failed", e);
                    String line = e.getMessage() == null ? e.toString() : e.getMessage();
                    back(() -> refused.accept(line.lines().findFirst().orElse(line)));
                    return;
                }
                back(() -> answer.accept(result));
            });
        } catch (RejectedExecutionException e) {
            // the console is closing
        }
    }

    /** Runs {@code r} on the UI thread later, unless the display is gone. Any thread. */
    void back(Runnable r) {
        try {
            if (!display.isDisposed()) {
                display.asyncExec(r);
            }
        } catch (SWTException e) {
            // disposed meanwhile
        }
    }
}
