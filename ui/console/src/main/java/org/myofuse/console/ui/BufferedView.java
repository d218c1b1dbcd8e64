package org.myofuse.console.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A view drawn into its own off-screen buffer and copied to the screen in one piece, so nothing
 * flickers. The buffer (an image and its GC) is allocated when the view gets a size and again only when
 * the size changes, and disposed with the view. Subclasses implement {@link #paint}, a pure function
 * of the model and the theme.
 *
 * <p>A view whose paint throws is not taken down with the console: the exception is logged once, the
 * view shows what failed in place of its content, and the other views, the session and the recording
 * go on. UI thread only.
 */
abstract class BufferedView {

    private static final Logger LOG = Logger.getLogger(BufferedView.class.getName());

    protected final Theme theme;
    protected final Messages text;
    private final Canvas canvas;
    private Image buffer;
    private GC bufferGc;
    private String failure;

    BufferedView(Composite parent, Theme theme, Messages text) {
        this.theme = theme;
        this.text = text;
        this.canvas = new Canvas(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE);
        canvas.addPaintListener(e -> {
            if (buffer != null) {
                e.gc.drawImage(buffer, 0, 0);
            }
        });
        canvas.addListener(SWT.Resize, e -> render());
        canvas.addListener(SWT.Dispose, e -> disposeBuffer());
    }

    Canvas canvas() {
        return canvas;
    }

    /** The view's name in logs and failure texts. */
    abstract String name();

    /** Draws the model into {@code gc}, a {@code width} x {@code height} area. Pure: draws and changes nothing else. */
    abstract void paint(GC gc, int width, int height);

    /** Whether the view is on screen (a view in a hidden tab is not drawn). */
    boolean showing() {
        return !canvas.isDisposed() && canvas.isVisible();
    }

    /** Draws the view into its buffer and puts it on screen now. */
    final void render() {
        if (!showing()) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        ensureBuffer(area.width, area.height);
        try {
            paint(bufferGc, area.width, area.height);
            failure = null;
        } catch (RuntimeException e) {
            if (failure == null) {
                LOG.log(Level.WARNING, "console: the " + name() + " view failed; the session goes on", e);
            }
            failure = e.toString();
            paintFailure(area.width, area.height);
        }
        canvas.redraw();
        canvas.update();
    }

    /** The view as last drawn, as image data (for screenshots of one view); null before it was drawn. */
    org.eclipse.swt.graphics.ImageData drawn() {
        return buffer == null ? null : buffer.getImageData();
    }

    /** The failure the view shows instead of its content, null while it draws. */
    String failure() {
        return failure;
    }

    private void paintFailure(int width, int height) {
        bufferGc.setBackground(theme.panel);
        bufferGc.fillRectangle(0, 0, width, height);
        bufferGc.setForeground(theme.limit);
        bufferGc.setFont(theme.title);
        bufferGc.drawText(text.get("view.failed", text.get(name())), 12, 12, true);
        bufferGc.setForeground(theme.muted);
        bufferGc.setFont(theme.small);
        bufferGc.drawText(failure, 12, 36, true);
    }

    private void ensureBuffer(int width, int height) {
        if (buffer != null) {
            Rectangle b = buffer.getBounds();
            if (b.width == width && b.height == height) {
                return;
            }
            disposeBuffer();
        }
        buffer = new Image(canvas.getDisplay(), width, height);
        bufferGc = new GC(buffer);
        bufferGc.setAntialias(SWT.ON);
        bufferGc.setTextAntialias(SWT.ON);
    }

    private void disposeBuffer() {
        if (bufferGc != null) {
            bufferGc.dispose();
            bufferGc = null;
        }
        if (buffer != null) {
            buffer.dispose();
            buffer = null;
        }
    }
}
