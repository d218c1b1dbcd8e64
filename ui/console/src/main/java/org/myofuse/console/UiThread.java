package org.myofuse.console;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.myofuse.api.console.ConsoleUnavailableException;

/**
 * The console's one UI thread: it opens the display, runs SWT's event loop until asked to stop, and
 * disposes the display. Every widget is made and touched on it; other threads hand work over with
 * {@link Display#asyncExec} (or {@link #call}).
 */
final class UiThread {

    private static final long OPEN_TIMEOUT_SECONDS = 30;

    private final CompletableFuture<Display> opened = new CompletableFuture<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean stopping;
    private Display display;

    /**
     * Starts the thread and opens the display.
     *
     * @throws ConsoleUnavailableException when this machine has no display, or it cannot be opened; one line
     */
    static UiThread start() throws ConsoleUnavailableException {
        String name = displayName();
        if (name.isEmpty()) {
            throw new ConsoleUnavailableException("no display (DISPLAY is not set)");
        }
        UiThread ui = new UiThread();
        Thread t = new Thread(ui::run, "myofuse-console-ui");
        t.setDaemon(true);
        t.start();
        try {
            ui.display = ui.opened.get(OPEN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new ConsoleUnavailableException("cannot open the display " + name + ": " + oneLine(e.getCause()), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new ConsoleUnavailableException("cannot open the display " + name + ": no answer in " + OPEN_TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsoleUnavailableException("interrupted while opening the display " + name);
        }
        return ui;
    }

    /** DISPLAY (X11) or WAYLAND_DISPLAY, "" when neither is set. */
    static String displayName() {
        for (String variable : new String[] { "DISPLAY", "WAYLAND_DISPLAY" }) {
            String v = System.getenv(variable);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private void run() {
        Display d;
        try {
            d = new Display();
        } catch (SWTError | LinkageError | RuntimeException e) {
            opened.completeExceptionally(e);
            ended.countDown();
            return;
        }
        opened.complete(d);
        try {
            while (!stopping) {
                try {
                    if (!d.readAndDispatch()) {
                        d.sleep();
                    }
                } catch (RuntimeException e) {
                    // One failing piece of the UI must not end the console (or its session): log, go on.
                    java.util.logging.Logger.getLogger(UiThread.class.getName()).log(java.util.logging.Level.WARNING,
                            "console: " + e, e);
                    System.err.println("myofuse: console: " + e);
                }
            }
        } finally {
            d.dispose();
            ended.countDown();
        }
    }

    Display display() {
        return display;
    }

    /** Runs {@code work} on the UI thread and returns its result (exceptions are passed on). */
    <T> T call(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        display.asyncExec(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | LinkageError e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Ends the event loop (after the work already handed over) and disposes the display. Any thread. */
    void stop() {
        if (display.isDisposed()) {
            return;
        }
        try {
            display.asyncExec(() -> stopping = true);
            display.wake();
        } catch (org.eclipse.swt.SWTException e) {
            // disposed meanwhile
        }
    }

    /** Whether called on the UI thread. */
    boolean isCurrent() {
        return !display.isDisposed() && display.getThread() == Thread.currentThread();
    }

    boolean awaitEnded(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }
}
