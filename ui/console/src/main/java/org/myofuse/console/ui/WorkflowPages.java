package org.myofuse.console.ui;

import org.eclipse.swt.widgets.Composite;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.console.ui.patients.PatientsPage;
import org.myofuse.console.ui.protocol.EventStrip;
import org.myofuse.console.ui.protocol.ProtocolPage;
import org.myofuse.console.ui.review.ReviewPage;

/**
 * The workflow's pages of the console window - patients and sessions, protocol, review - built
 * together and fed together. UI thread.
 */
final class WorkflowPages {

    final PatientsPage patients;
    final ProtocolPage protocol;
    final ReviewPage review;
    final EventStrip events;

    /**
     * @param parent   the pages' folder
     * @param livePage the Live page, which gets the event strip at its bottom
     */
    WorkflowPages(Composite parent, Composite livePage, Theme theme, Messages text, WorkflowActions workflow,
            ConsoleActions actions, java.util.function.Consumer<String> notice) {
        events = new EventStrip(livePage, theme, text);
        review = new ReviewPage(parent, theme, text, workflow);
        patients = new PatientsPage(parent, theme, text, workflow, s -> {
            notice.accept(text.get("patients.recording", s.id()));
            review.refresh();
        });
        protocol = new ProtocolPage(parent, theme, text, workflow, actions::mark);
        protocol.echo(events::add);
    }

    /** After each repaint's update: the protocol page follows the run. */
    void tick(RunState run, Cue freshCue, long nowNanos, long sessionStartNanos) {
        protocol.tick(run, freshCue, nowNanos, sessionStartNanos);
    }
}
