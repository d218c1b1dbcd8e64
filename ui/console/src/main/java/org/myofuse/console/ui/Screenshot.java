package org.myofuse.console.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Writes a PNG of a control as it is on screen, once every pending paint has been done: the display's
 * pixels where the control is (a window in front of it would be in the picture). Written under a
 * temporary name and moved into place, so a reader never sees half a file. UI thread.
 */
final class Screenshot {

    private Screenshot() {
    }

    /**
     * @throws IOException when the file cannot be written; one line naming it
     */
    static void write(org.eclipse.swt.widgets.Composite control, Path file) throws IOException {
        Display display = control.getDisplay();
        while (display.readAndDispatch()) {
            // let every pending paint reach the screen first
        }
        Rectangle area = display.map(control, null, control.getClientArea());
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
            save(image.getImageData(), file);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Writes image data as a PNG. */
    static void save(ImageData data, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(partial.toString(), SWT.IMAGE_PNG);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SWTException e) {
            Files.deleteIfExists(partial);
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
