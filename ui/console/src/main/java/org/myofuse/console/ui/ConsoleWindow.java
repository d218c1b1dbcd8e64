package org.myofuse.console.ui;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.myofuse.api.console.ConsoleTiming;

/**
 * The console window: the header (session, time), the cue banner, and pages - Live (force, pressure
 * mat, EMG, the devices at a glance) and Devices (connect, disconnect, settings); the patients and
 * sessions, protocol and review pages come as further tabs. Keyboard shortcuts for the common actions
 * ({@link Shortcuts}), the layout remembered per user ({@link LayoutMemory}), one repaint timer
 * ({@link RepaintLoop}).
 *
 * <p>Built, used and disposed on the UI thread. Closing the shell disposes what the window allocated
 * (fonts, buffers); the owner ends the session when the shell is gone.
 */
public final class ConsoleWindow {

    static final int LIVE = 0;
    static final int DEVICES = 1;
    static final int PATIENTS = 2;
    static final int PROTOCOL = 3;
    static final int REVIEW = 4;
    private static final int[] LIVE_WEIGHTS = { 55, 45 };
    private static final int[] TOP_WEIGHTS = { 60, 40 };

    private final Display display;
    private final Theme theme;
    private final Messages text;
    private final LiveModel model;
    private final LayoutMemory layout;
    private final Shell shell;
    private final CTabFolder pages;
    private final SashForm live;
    private final SashForm top;
    private final ForceView force;
    private final MatView mat;
    private final EmgView emg;
    private final HeaderView header;
    private final CueBanner cues;
    private final DeviceStrip strip;
    private final DevicesPage devices;
    private final RepaintLoop loop;
    private final ToneSounder tones = new ToneSounder();
    private final Shortcuts shortcuts;
    private final ConsoleActions actions;
    private WorkflowPages workflow;

    /**
     * @param consoleDrops blocks the bus dropped for the console's own subscription
     * @param clock        the session clock's now
     */
    public ConsoleWindow(Display display, Messages text, LiveModel model, ConsoleActions actions, LayoutMemory layout,
            LongSupplier consoleDrops, LongSupplier clock) {
        this.display = display;
        this.text = text;
        this.model = model;
        this.layout = layout;
        this.actions = actions;
        this.theme = new Theme(display);
        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText(text.get("window.title"));
        shell.setBackground(theme.background);
        GridLayout grid = new GridLayout(1, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        grid.verticalSpacing = 0;
        shell.setLayout(grid);
        header = new HeaderView(shell, theme, text, model);
        fixedHeight(header, 60);
        cues = new CueBanner(shell, theme, text, model);
        fixedHeight(cues, 64);
        pages = new CTabFolder(shell, SWT.TOP | SWT.FLAT);
        pages.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        pages.setFont(theme.title);
        pages.setBackground(theme.background);
        pages.setForeground(theme.muted);
        pages.setSelectionBackground(theme.panel);
        pages.setSelectionForeground(theme.text);
        Composite livePage = new Composite(pages, SWT.NONE);
        livePage.setBackground(theme.background);
        GridLayout liveGrid = new GridLayout(1, false);
        liveGrid.marginWidth = 6;
        liveGrid.marginHeight = 6;
        livePage.setLayout(liveGrid);
        live = new SashForm(livePage, SWT.VERTICAL);
        live.setBackground(theme.background);
        live.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        live.setSashWidth(6);
        top = new SashForm(live, SWT.HORIZONTAL);
        top.setBackground(theme.background);
        top.setSashWidth(6);
        force = new ForceView(top, theme, text, model);
        mat = new MatView(top, theme, text, model);
        emg = new EmgView(live, theme, text, model);
        strip = new DeviceStrip(livePage, theme, text, model, consoleDrops);
        fixedHeight(strip, 40);
        devices = new DevicesPage(pages, theme, text, model, actions);
        tab(livePage, "page.live");
        tab(devices.control(), "page.devices");
        live.setWeights(layout.weights("live", LIVE_WEIGHTS));
        top.setWeights(layout.weights("top", TOP_WEIGHTS));
        shortcuts = new Shortcuts(this, actions, text);
        shortcuts.install(display);
        loop = new RepaintLoop(display, model,
                List.of(header, cues, force, mat, emg, strip), emg, this::taken, this::refreshSlow, clock);
        shell.addListener(SWT.Close, this::closing);
        shell.addListener(SWT.Dispose, e -> disposed());
    }

    private void fixedHeight(BufferedView view, int height) {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = height;
        view.canvas().setLayoutData(data);
    }

    private void tab(Composite page, String key) {
        CTabItem item = new CTabItem(pages, SWT.NONE);
        item.setText("  " + text.get(key) + "  ");
        item.setControl(page);
    }

    /**
     * Adds the patients and sessions, protocol and review pages (Ctrl+3, Ctrl+4, Ctrl+5), their work done
     * by {@code work}. Before {@link #open()}.
     */
    public void addWorkflow(WorkflowActions work) {
        workflow = new WorkflowPages(pages, livePage(), theme, text, work, actions, this::notice);
        tab(workflow.patients.control(), "page.patients");
        tab(workflow.protocol.control(), "page.protocol");
        tab(workflow.review.control(), "page.review");
    }

    WorkflowPages workflow() {
        return workflow;
    }

    /** Opens the window where the user left it (or at a default size on the primary monitor) and starts drawing. */
    public void open() {
        Rectangle screen = display.getPrimaryMonitor().getClientArea();
        Rectangle remembered = layout.bounds();
        if (remembered != null && screen.intersects(remembered)) {
            shell.setBounds(remembered);
        } else {
            int w = Math.min(1440, screen.width);
            int h = Math.min(900, screen.height);
            shell.setBounds(screen.x + (screen.width - w) / 2, screen.y + (screen.height - h) / 2, w, h);
        }
        showPage(Math.max(0, Math.min(pages.getItemCount() - 1, layout.page())));
        shell.open();
        shell.setMaximized(layout.maximized());
        loop.start();
    }

    public Shell shell() {
        return shell;
    }

    /**
     * Writes a PNG of the whole window as it is drawn now.
     *
     * @throws java.io.IOException when the file cannot be written; one line naming it
     */
    public void screenshot(java.nio.file.Path file) throws java.io.IOException {
        Screenshot.write(shell, file);
    }

    /** How the window drew so far. */
    public ConsoleTiming timing() {
        return loop.timing();
    }

    /** The steady state's timing in one line, with each view's paint time (logged when the console closes). */
    public String timingDetails() {
        return loop.steadyReport();
    }

    void showPage(int page) {
        pages.setSelection(page);
    }

    int page() {
        return pages.getSelectionIndex();
    }

    void toggleFullScreen() {
        shell.setFullScreen(!shell.getFullScreen());
    }

    void notice(String line) {
        model.notice(line);
    }

    /** What marking answered: shown in the header, the session log and the Live page's event strip. */
    void marked(String line) {
        notice(line);
        if (workflow != null) {
            workflow.protocol.marked(line);
        }
    }

    String modelNotice() {
        return model.notice();
    }

    Shortcuts shortcuts() {
        return shortcuts;
    }

    ForceView force() {
        return force;
    }

    MatView mat() {
        return mat;
    }

    EmgView emg() {
        return emg;
    }

    CueBanner cues() {
        return cues;
    }

    DeviceStrip strip() {
        return strip;
    }

    DevicesPage devices() {
        return devices;
    }

    Composite livePage() {
        return live.getParent();
    }

    /** After each tick's update: a new cue sounds its tone once. */
    private void taken() {
        if (model.freshCue != null) {
            tones.sound(model.freshCue.tone());
        }
        if (workflow != null) {
            workflow.tick(model.run(), model.freshCue, model.now(), model.sessionStartNanos());
        }
    }

    private void refreshSlow() {
        devices.refresh();
    }

    private void closing(Event e) {
        // A maximised window keeps the bounds it had before, to come back to when it is restored.
        Rectangle bounds = shell.getMaximized() && layout.bounds() != null ? layout.bounds() : shell.getBounds();
        layout.remember(bounds, shell.getMaximized(), page());
        layout.rememberWeights("live", live.getWeights());
        layout.rememberWeights("top", top.getWeights());
        layout.save();
    }

    private void disposed() {
        loop.stop();
        tones.close();
        theme.close();
    }
}
