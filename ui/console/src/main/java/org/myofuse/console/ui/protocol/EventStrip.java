package org.myofuse.console.ui.protocol;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.myofuse.console.ui.Messages;
import org.myofuse.console.ui.Theme;

/**
 * The Live page's event log: one line with the newest entries of the session log (protocol steps, cues,
 * the therapist's marks), newest first, so that a mark or a step change is seen without leaving the
 * live views. Changes only when an entry comes, never per frame. UI thread.
 */
public final class EventStrip {

    /** Entries shown. */
    static final int SHOWN = 4;

    private final Label line;
    private final Messages text;
    private final Deque<String> entries = new ArrayDeque<>();

    public EventStrip(Composite parent, Theme theme, Messages text) {
        this.text = text;
        line = new Label(parent, SWT.NONE);
        line.setBackground(theme.background);
        line.setForeground(theme.text);
        line.setFont(theme.title);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.heightHint = 28;
        line.setLayoutData(data);
        line.setText(text.get("events.none"));
    }

    /** Adds an entry ("00:01:23 mark Marked at ..."). */
    public void add(String entry) {
        if (line.isDisposed()) {
            return;
        }
        entries.addFirst(entry);
        while (entries.size() > SHOWN) {
            entries.removeLast();
        }
        line.setText(text.get("events.title") + "   " + String.join("   \u2502   ", entries));
    }

    /** The line as shown. */
    public String shown() {
        return line.getText();
    }
}
