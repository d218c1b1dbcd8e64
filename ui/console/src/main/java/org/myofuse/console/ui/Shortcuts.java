package org.myofuse.console.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * The console's keyboard shortcuts, for a therapist with one hand on the instrument:
 * <ul>
 * <li>F5 - start (resume a paused protocol, confirm a step that waits for it)</li>
 * <li>Space or F6 - pause or resume the protocol</li>
 * <li>N or F7 - next step</li>
 * <li>M or F8 - mark this moment in the session's record</li>
 * <li>Ctrl+Enter on the Patients page - start a session for the chosen patient</li>
 * <li>Ctrl+1 to Ctrl+5 - Live, Devices, Patients, Protocol and Review pages; F11 - full screen; Ctrl+Q - close
 * (ends the session)</li>
 * </ul>
 * Plain letters and Space are left to a text field that has the focus; function keys always work.
 */
final class Shortcuts {

    private final ConsoleWindow window;
    private final ConsoleActions actions;
    private final Messages text;
    private final org.eclipse.swt.widgets.Listener listener = this::key;

    Shortcuts(ConsoleWindow window, ConsoleActions actions, Messages text) {
        this.window = window;
        this.actions = actions;
        this.text = text;
    }

    void install(Display display) {
        display.addFilter(SWT.KeyDown, listener);
        window.shell().addListener(SWT.Dispose, e -> display.removeFilter(SWT.KeyDown, listener));
    }

    private void key(Event e) {
        if (window.shell().isDisposed() || e.display.getActiveShell() != window.shell()) {
            return;
        }
        boolean typing = e.widget instanceof Text || e.widget instanceof Combo;
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        Runnable action = action(e.keyCode, ctrl, typing);
        if (action != null) {
            e.doit = false;
            action.run();
        }
    }

    /** Shows a workflow page, when the window has it. */
    private Runnable page(int page) {
        return window.workflow() == null ? null : () -> window.showPage(page);
    }

    /** What a key does, null for a key that is not a shortcut (here). */
    Runnable action(int key, boolean ctrl, boolean typing) {
        if (ctrl) {
            return switch (key) {
                case '1' -> () -> window.showPage(ConsoleWindow.LIVE);
                case '2' -> () -> window.showPage(ConsoleWindow.DEVICES);
                case '3' -> page(ConsoleWindow.PATIENTS);
                case '4' -> page(ConsoleWindow.PROTOCOL);
                case '5' -> page(ConsoleWindow.REVIEW);
                case 'q' -> () -> window.shell().close();
                case SWT.CR, SWT.KEYPAD_CR -> window.workflow() == null || window.page() != ConsoleWindow.PATIENTS ? null
                        : window.workflow().patients::start;
                default -> null;
            };
        }
        return switch (key) {
            case SWT.F5 -> () -> actions.start(window::notice);
            case SWT.F6 -> () -> actions.pause(window::notice);
            case SWT.F7 -> () -> actions.nextStep(window::notice);
            case SWT.F8 -> () -> actions.mark(window::marked);
            case SWT.F11 -> window::toggleFullScreen;
            case ' ' -> typing ? null : () -> actions.pause(window::notice);
            case 'n' -> typing ? null : () -> actions.nextStep(window::notice);
            case 'm' -> typing ? null : () -> actions.mark(window::marked);
            default -> null;
        };
    }
}
