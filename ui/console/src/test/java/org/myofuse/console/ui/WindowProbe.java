package org.myofuse.console.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableItem;

/** What tests read of a console window (on its UI thread), and screenshots of its views. */
public final class WindowProbe {

    private final ConsoleWindow window;

    public WindowProbe(ConsoleWindow window) {
        this.window = window;
    }

    /** The devices table, one row per device: the texts of its cells. */
    public List<List<String>> devicesTable() {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : window.devices().table().getItems()) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < window.devices().table().getColumnCount(); c++) {
                row.add(item.getText(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The failure each view shows, null where the view draws. */
    public List<String> viewFailures() {
        List<String> failures = new ArrayList<>();
        for (BufferedView v : List.of(window.force(), window.mat(), window.emg(), window.cues(), window.strip())) {
            failures.add(v.failure());
        }
        return failures;
    }

    public String devicesStatus() {
        return window.devices().status().getText();
    }

    public void showLive() {
        window.showPage(ConsoleWindow.LIVE);
    }

    public void showDevices() {
        window.showPage(ConsoleWindow.DEVICES);
        window.devices().refresh();
    }

    public int page() {
        return window.page();
    }

    /** PNGs of the whole window and of each main view, into {@code dir} with {@code prefix}. */
    public List<Path> screenshots(Path dir, String prefix) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        showLive();
        render();
        written.add(shoot(window.shell(), dir.resolve(prefix + "window-live.png")));
        written.add(view(window.force(), dir.resolve(prefix + "force.png")));
        written.add(view(window.emg(), dir.resolve(prefix + "emg.png")));
        written.add(view(window.mat(), dir.resolve(prefix + "mat.png")));
        written.add(view(window.cues(), dir.resolve(prefix + "cues.png")));
        showDevices();
        window.shell().getDisplay().readAndDispatch();
        written.add(shoot(window.shell(), dir.resolve(prefix + "window-devices.png")));
        showLive();
        return written;
    }

    private void render() {
        for (BufferedView v : List.of(window.force(), window.mat(), window.emg(), window.cues(), window.strip())) {
            v.render();
        }
    }

    /** One view exactly as its buffer holds it. */
    private static Path view(BufferedView v, Path file) throws IOException {
        Screenshot.save(v.drawn(), file);
        return file;
    }

    private static Path shoot(org.eclipse.swt.widgets.Composite control, Path file) throws IOException {
        Screenshot.write(control, file);
        return file;
    }

    /** Runs a shortcut as if its key was pressed. */
    public void press(int key, boolean ctrl) {
        Runnable action = window.shortcuts().action(key, ctrl, false);
        if (action != null) {
            action.run();
        }
    }

    public String notice() {
        return window.modelNotice();
    }

    public org.myofuse.console.ui.patients.PatientsPage patients() {
        return window.workflow().patients;
    }

    public org.myofuse.console.ui.protocol.ProtocolPage protocol() {
        return window.workflow().protocol;
    }

    public org.myofuse.console.ui.review.ReviewPage review() {
        return window.workflow().review;
    }

    /** Shows page {@code n} of the window as Ctrl+{@code n+1} does. */
    public void showPage(int n) {
        press('1' + n, true);
    }

    /** The Live page's event strip as shown. */
    public String liveEvents() {
        return window.workflow().events.shown();
    }

    /** A PNG of the whole window as it shows now. */
    public Path shootWindow(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        window.shell().layout(true, true);
        while (window.shell().getDisplay().readAndDispatch()) {
            // let the page lay out and paint before the picture
        }
        return shoot(window.shell(), file);
    }
}
