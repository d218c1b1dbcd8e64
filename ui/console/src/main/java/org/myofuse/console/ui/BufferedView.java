package org.myofuse.console.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Region;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A view drawn off screen and put on screen in one piece, so nothing flickers: a double-buffered
 * canvas. GTK 3 gives every canvas paint an off-screen surface of its own (allocated once per window
 * by GTK, not per frame) and copies it to the screen when the paint is done; the view draws straight
 * into the paint's GC. (An SWT image as the buffer was measured first: SWT 3.132's {@code GC.drawImage}
 * converts the whole image to {@code ImageData} on every call, which made a frame take 20 to 30 ms.)
 * Subclasses implement {@link #paint}, a pure function of the model and the theme.
 *
 * <p>A view may name the parts of it that change every frame ({@link #live}: its charts): a repaint tick
 * then redraws only those, and the whole view {@value #FULL_PER_SECOND} times a second (its numbers and
 * labels: a reading changing 60 times a second cannot be read anyway). The paint skips what lies outside
 * the area being redrawn ({@link #damaged}): Pango lays out no text that would not show, and GTK
 * allocates, clears and copies a smaller buffer.
 *
 * <p>A view whose paint throws is not taken down with the console: the exception is logged once, the
 * view shows what failed in place of its content, and the other views, the session and the recording
 * go on. UI thread only.
 */
abstract class BufferedView {

    private static final Logger LOG = Logger.getLogger(BufferedView.class.getName());

    /**
     * Nanoseconds spent painting views since the repaint loop last took it ({@link #takePaintNanos}):
     * GTK paints a double-buffered canvas when its frame comes, after the tick that asked for it, so
     * the loop counts the paints into the frame time this way. UI thread only (one console per process).
     */
    private static long paintNanos;

    protected final Theme theme;
    protected final Messages text;
    private final Canvas canvas;
    /** This view's paint times, for the timing report at the end (preallocated: no allocation per paint). */
    private final Percentiles paints = new Percentiles(1 << 14);
    /** System.nanoTime() at the end of the last paint that drew the view; 0 before it first drew. */
    private long paintedAt;
    private String failure;
    /** The area being painted now (GTK's damage), read at the start of each paint. */
    private final Region damage;
    /** The parts that change every frame as x, y, width, height, named by the last paint. */
    private final int[] live = new int[4 * MAX_LIVE];
    private int lives;
    private long wholeAt;

    static final int FULL_PER_SECOND = 10;
    private static final int MAX_LIVE = 32;

    BufferedView(Composite parent, Theme theme, Messages text) {
        this.theme = theme;
        this.text = text;
        this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.damage = new Region(canvas.getDisplay());
        canvas.addPaintListener(e -> draw(e.gc));
        canvas.addListener(SWT.Dispose, e -> damage.dispose());
    }

    Canvas canvas() {
        return canvas;
    }

    /** The view's name in logs and failure texts (a message key). */
    abstract String name();

    /** Draws the model into {@code gc}, a {@code width} x {@code height} area. Pure: draws and changes nothing else. */
    abstract void paint(GC gc, int width, int height);

    /** Whether the view is on screen (a view in a hidden tab is not drawn). */
    boolean showing() {
        return !canvas.isDisposed() && canvas.isVisible();
    }

    /**
     * Whether what the view would draw now is what it drew last: a view that changes once a second or
     * on an action (the header, the cue banner, the device strip) is then not drawn again. A view that
     * says so must also remember what it draws when asked (this is asked once per repaint tick).
     */
    boolean unchanged() {
        return false;
    }

    /** Draws the view on screen now, unless it would draw what it shows: its live parts, or all of it when due. */
    final void render() {
        if (!showing() || unchanged()) {
            return;
        }
        long now = System.nanoTime();
        if (lives == 0 || now - wholeAt >= 1_000_000_000L / FULL_PER_SECOND) {
            wholeAt = now;
            canvas.redraw();
        } else {
            for (int i = 0; i < lives; i++) {
                canvas.redraw(live[4 * i], live[4 * i + 1], live[4 * i + 2], live[4 * i + 3], false);
            }
        }
        canvas.update();
    }

    /** Names a part of the view that changes every frame (called while painting; the next ticks redraw it). */
    final void live(int x, int y, int width, int height) {
        if (lives < MAX_LIVE) {
            int i = 4 * lives++;
            live[i] = x;
            live[i + 1] = y;
            live[i + 2] = width;
            live[i + 3] = height;
        }
    }

    /** Whether any of the area is being painted now: what is not need not be drawn. */
    final boolean damaged(int x, int y, int width, int height) {
        return damage.intersects(x, y, width, height);
    }

    private void draw(GC gc) {
        Rectangle area = canvas.getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        long start = System.nanoTime();
        gc.getClipping(damage);
        lives = 0;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        try {
            paint(gc, area.width, area.height);
            failure = null;
            paintedAt = System.nanoTime();
            long spent = paintedAt - start;
            paintNanos += spent;
            paints.add(spent);
        } catch (RuntimeException e) {
            if (failure == null) {
                LOG.log(Level.WARNING, "console: the " + text.get(name()) + " view failed; the session goes on", e);
            }
            failure = e.toString();
            paintFailure(gc, area.width, area.height);
        }
    }

    /** This view's paint times so far: count, median and p99 (for the timing report). */
    String paintTimes() {
        return String.format(java.util.Locale.ROOT, "%s %d paints median %.2f ms p99 %.2f ms", name().substring(name().indexOf('.') + 1),
                paints.count(), paints.percentileMs(50), paints.percentileMs(99));
    }

    /** System.nanoTime() when the view was last drawn (GTK paints after the tick that asked), 0 before. */
    long paintedAt() {
        return paintedAt;
    }

    /** Forgets the paint times so far: what follows start-up is measured on its own. */
    void clearPaintTimes() {
        paints.clear();
    }

    /** The paint time gathered since the last call, and starts gathering again. */
    static long takePaintNanos() {
        long n = paintNanos;
        paintNanos = 0;
        return n;
    }

    /** The view drawn now into an image of its size (for a screenshot of one view); null when it has no size. */
    ImageData drawn() {
        Rectangle area = canvas.getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return null;
        }
        Image image = new Image(canvas.getDisplay(), area.width, area.height);
        GC gc = new GC(image);
        try {
            draw(gc);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** The failure the view shows instead of its content, null while it draws. */
    String failure() {
        return failure;
    }

    private void paintFailure(GC gc, int width, int height) {
        gc.setAlpha(255);
        gc.setClipping((Rectangle) null);
        gc.setBackground(theme.panel);
        gc.fillRectangle(0, 0, width, height);
        gc.setForeground(theme.limit);
        gc.setFont(theme.title);
        gc.drawText(text.get("view.failed", text.get(name())), 12, 12, true);
        gc.setForeground(theme.muted);
        gc.setFont(theme.small);
        gc.drawText(failure, 12, 36, true);
    }
}
